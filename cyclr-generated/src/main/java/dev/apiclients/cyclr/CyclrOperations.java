package dev.apiclients.cyclr;

import dev.apiclients.cyclr.api.AccountsApiService;
import dev.apiclients.cyclr.api.ConnectorsApiService;
import dev.apiclients.cyclr.api.PartnerApiService;
import dev.apiclients.cyclr.api.PricePlansApiService;

/**
 * The operations of a view of the Cyclr Partner API: the partner's ({@link CyclrClient}) or one
 * account's ({@link CyclrAccountScope}). Both views have the same operations; they differ in the
 * {@code X-Cyclr-Account} header they send and so in which operations they allow: the operations
 * the spec marks as acting inside one account are refused on the partner view, before anything is
 * sent, and on an account's view an account ID naming another account is refused too.
 *
 * <p>Not for subclassing outside this package.
 */
public abstract class CyclrOperations {
  private final CyclrServices services;

  CyclrOperations(CyclrServices services) {
    this.services = services;
  }

  /**
   * Returns the {@code Accounts} operations of this view.
   *
   * @return the {@code Accounts} operations, run on the calling thread
   */
  public AccountsApiService accounts() {
    return services.accounts;
  }

  /**
   * Returns the {@code Partner} operations of this view.
   *
   * @return the {@code Partner} operations, run on the calling thread
   */
  public PartnerApiService partner() {
    return services.partner;
  }

  /**
   * Returns the {@code Connectors} operations of this view; installing a connector acts inside an
   * account.
   *
   * @return the {@code Connectors} operations, run on the calling thread
   */
  public ConnectorsApiService connectors() {
    return services.connectors;
  }

  /**
   * Returns the {@code PricePlans} operations of this view.
   *
   * @return the {@code PricePlans} operations, run on the calling thread
   */
  public PricePlansApiService pricePlans() {
    return services.pricePlans;
  }

  /**
   * Returns the same operations as {@link java.util.concurrent.CompletableFuture}s, with the same
   * checks, credentials, retries and errors.
   *
   * @return the asynchronous operations of this view
   */
  public CyclrClientAsync async() {
    return services.async;
  }

  /**
   * Returns the generated Retrofit interfaces the operations are built on. They send this view's
   * headers but check nothing: an account-level call made here on the partner view goes out
   * without {@code X-Cyclr-Account}.
   *
   * @return the low-level {@code Call} layer of this view
   */
  public CyclrCalls calls() {
    return services.calls;
  }
}
