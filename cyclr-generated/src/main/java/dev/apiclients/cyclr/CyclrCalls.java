package dev.apiclients.cyclr;

import dev.apiclients.cyclr.api.AccountsApi;
import dev.apiclients.cyclr.api.ConnectorsApi;
import dev.apiclients.cyclr.api.PartnerApi;
import dev.apiclients.cyclr.api.PricePlansApi;
import dev.apiclients.runtime.Transport;

/**
 * The low-level layer of a {@link CyclrClient} or {@link CyclrAccountScope}: the generated Retrofit
 * interfaces, returning {@code retrofit2.Call}s to {@code execute()} or {@code enqueue(..)}
 * yourself. They share the view's token, retries, typed errors and {@code X-Cyclr-Account}
 * header, but check nothing about accounts: on the partner view an account-level call goes out
 * without the header. The services of the views are built on them and are what most code wants.
 *
 * <pre>{@code
 * Response<PartnerDetails> response = cyclr.calls().partner().getPartnerDetails().execute();
 * }</pre>
 */
public final class CyclrCalls {
  private final AccountsApi accounts;
  private final PartnerApi partner;
  private final ConnectorsApi connectors;
  private final PricePlansApi pricePlans;

  CyclrCalls(Transport transport) {
    this.accounts = transport.create(AccountsApi.class);
    this.partner = transport.create(PartnerApi.class);
    this.connectors = transport.create(ConnectorsApi.class);
    this.pricePlans = transport.create(PricePlansApi.class);
  }

  /**
   * Returns the Retrofit interface of the {@code Accounts} operations.
   *
   * @return the Retrofit interface of the {@code Accounts} operations
   */
  public AccountsApi accounts() {
    return accounts;
  }

  /**
   * Returns the Retrofit interface of the {@code Partner} operations.
   *
   * @return the Retrofit interface of the {@code Partner} operations
   */
  public PartnerApi partner() {
    return partner;
  }

  /**
   * Returns the Retrofit interface of the {@code Connectors} operations.
   *
   * @return the Retrofit interface of the {@code Connectors} operations
   */
  public ConnectorsApi connectors() {
    return connectors;
  }

  /**
   * Returns the Retrofit interface of the {@code PricePlans} operations.
   *
   * @return the Retrofit interface of the {@code PricePlans} operations
   */
  public PricePlansApi pricePlans() {
    return pricePlans;
  }
}
