package dev.apiclients.cyclr;

import dev.apiclients.cyclr.api.AccountsApiServiceAsync;
import dev.apiclients.cyclr.api.ConnectorsApiServiceAsync;
import dev.apiclients.cyclr.api.PartnerApiServiceAsync;
import dev.apiclients.cyclr.api.PricePlansApiServiceAsync;

/**
 * The operations of a {@link CyclrClient} or {@link CyclrAccountScope} as {@link
 * java.util.concurrent.CompletableFuture}s, with the same arguments, token handling, retries,
 * errors and account checks as the synchronous ones.
 *
 * <pre>{@code
 * cyclr.async().accounts().listAccounts().thenAccept(accounts -> System.out.println(accounts.size()));
 * }</pre>
 *
 * <p>A future completes on one of the OkHttp dispatcher's threads, with the decoded body or
 * exceptionally with an {@link dev.apiclients.runtime.ApiException}; a token request the call
 * needs first runs on that thread too. Do slow work with the {@code ...Async(fn, executor)}
 * variants. Cancelling a future cancels its HTTP call.
 */
public final class CyclrClientAsync {
  private final AccountsApiServiceAsync accounts;
  private final PartnerApiServiceAsync partner;
  private final ConnectorsApiServiceAsync connectors;
  private final PricePlansApiServiceAsync pricePlans;

  CyclrClientAsync(AccountsApiServiceAsync accounts, PartnerApiServiceAsync partner,
      ConnectorsApiServiceAsync connectors, PricePlansApiServiceAsync pricePlans) {
    this.accounts = accounts;
    this.partner = partner;
    this.connectors = connectors;
    this.pricePlans = pricePlans;
  }

  /**
   * Returns the {@code Accounts} operations as futures.
   *
   * @return the {@code Accounts} operations as futures
   */
  public AccountsApiServiceAsync accounts() {
    return accounts;
  }

  /**
   * Returns the {@code Partner} operations as futures.
   *
   * @return the {@code Partner} operations as futures
   */
  public PartnerApiServiceAsync partner() {
    return partner;
  }

  /**
   * Returns the {@code Connectors} operations as futures.
   *
   * @return the {@code Connectors} operations as futures
   */
  public ConnectorsApiServiceAsync connectors() {
    return connectors;
  }

  /**
   * Returns the {@code PricePlans} operations as futures.
   *
   * @return the {@code PricePlans} operations as futures
   */
  public PricePlansApiServiceAsync pricePlans() {
    return pricePlans;
  }
}
