package dev.apiclients.cyclr;

import dev.apiclients.cyclr.api.AccountsApi;
import dev.apiclients.cyclr.api.ConnectorsApi;
import dev.apiclients.cyclr.api.PartnerApi;
import dev.apiclients.cyclr.api.PricePlansApi;
import dev.apiclients.runtime.Transport;

/**
 * The operations of a {@link CyclrClient} acting inside one Cyclr account: every call also sends
 * the account's API ID in the {@code X-Cyclr-Account} header, which Cyclr expects on calls that
 * work on an account (update it, read its usage, create a sign-in token, install a connector).
 *
 * <pre>{@code
 * CyclrAccountScope account = cyclr.forAccount(accountId);
 * AccountUsage usage = account.accounts().getAccountUsage(accountId, null).execute().body();
 * }</pre>
 *
 * <p>It shares the client's connections, threads and token; it needs no closing. Getting one is
 * cheap, but keep it rather than calling {@link CyclrClient#forAccount} before every call.
 */
public final class CyclrAccountScope {
  private final String accountId;
  private final AccountsApi accounts;
  private final PartnerApi partner;
  private final ConnectorsApi connectors;
  private final PricePlansApi pricePlans;

  CyclrAccountScope(Transport transport, String accountId) {
    this.accountId = accountId;
    this.accounts = transport.create(AccountsApi.class);
    this.partner = transport.create(PartnerApi.class);
    this.connectors = transport.create(ConnectorsApi.class);
    this.pricePlans = transport.create(PricePlansApi.class);
  }

  /**
   * Returns the account's API ID.
   *
   * @return the API ID sent in {@code X-Cyclr-Account}
   */
  public String accountId() {
    return accountId;
  }

  /**
   * Returns the {@code Accounts} operations.
   *
   * @return the operations, inside this account, tagged {@code Accounts}
   */
  public AccountsApi accounts() {
    return accounts;
  }

  /**
   * Returns the {@code Partner} operations.
   *
   * @return the operations, inside this account, tagged {@code Partner}
   */
  public PartnerApi partner() {
    return partner;
  }

  /**
   * Returns the {@code Connectors} operations.
   *
   * @return the operations, inside this account, tagged {@code Connectors}
   */
  public ConnectorsApi connectors() {
    return connectors;
  }

  /**
   * Returns the {@code PricePlans} operations.
   *
   * @return the operations, inside this account, tagged {@code PricePlans}
   */
  public PricePlansApi pricePlans() {
    return pricePlans;
  }

  @Override
  public String toString() {
    return "CyclrAccountScope{accountId=" + accountId + '}';
  }
}
