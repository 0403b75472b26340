package dev.apiclients.cyclr;

import dev.apiclients.runtime.Transport;
import dev.apiclients.runtime.codegen.HeaderScope;

/**
 * The operations of a {@link CyclrClient} acting inside one Cyclr account: the calls that work on
 * an account (update it, read its usage, create a sign-in token, install a connector) also send the
 * account's API ID in the {@code X-Cyclr-Account} header, as Cyclr expects and the spec declares
 * (security scheme {@code CyclrAccount}). The view's partner-level operations ({@code
 * listAccounts}, {@code createAccount}, {@code getPartnerDetails}, {@code listPricePlans}) go out
 * without it, exactly as on the client: the spec does not declare the header there.
 *
 * <pre>{@code
 * CyclrAccountScope account = cyclr.forAccount(accountId);
 * AccountUsage usage = account.accounts().getAccountUsage(accountId);
 * }</pre>
 *
 * <p>Those account-level operations work only here: on the partner view ({@code cyclr.accounts()})
 * they are refused before anything is sent. Here an account ID in their arguments (the path's
 * {@code AccountId}, the body's {@code AccountId}) must be this view's, or the call is refused
 * before sending too.
 *
 * <p>It shares the client's connections, threads and token; it needs no closing. Getting one is
 * cheap, but keep it rather than calling {@link CyclrClient#forAccount} before every call.
 */
public final class CyclrAccountScope extends CyclrOperations {
  private final String accountId;

  CyclrAccountScope(Transport transport, String accountId, String header) {
    super(new CyclrServices(new CyclrCalls(transport), HeaderScope.of(header, accountId)));
    this.accountId = accountId;
  }

  /**
   * Returns the account's API ID.
   *
   * @return the API ID sent in {@code X-Cyclr-Account}
   */
  public String accountId() {
    return accountId;
  }

  @Override
  public String toString() {
    return "CyclrAccountScope{accountId=" + accountId + '}';
  }
}
