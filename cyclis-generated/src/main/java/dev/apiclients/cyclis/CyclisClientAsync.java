package dev.apiclients.cyclis;

import dev.apiclients.cyclis.api.CallbacksApiServiceAsync;
import dev.apiclients.cyclis.api.CompaniesApiServiceAsync;
import dev.apiclients.cyclis.api.CyclistsApiServiceAsync;
import dev.apiclients.cyclis.api.DealersApiServiceAsync;
import dev.apiclients.cyclis.api.OrdersApiServiceAsync;

/**
 * The operations of a {@link CyclisClient} as {@link java.util.concurrent.CompletableFuture}s, with
 * the same arguments, credentials, retries and errors as the synchronous ones.
 *
 * <pre>{@code
 * cyclis.async().orders().getOrder(orderId)
 *     .thenAccept(order -> System.out.println(order.getData().getAttributes().getState()));
 * }</pre>
 *
 * <p>A future completes on one of the OkHttp dispatcher's threads (the client's own, or those of
 * the {@code OkHttpClient} given to the builder), with the decoded body or exceptionally with an
 * {@link dev.apiclients.runtime.ApiException}. Do slow work with the {@code ...Async(fn, executor)}
 * variants so that those threads stay free. Cancelling a future cancels its HTTP call.
 */
public final class CyclisClientAsync {
  private final CompaniesApiServiceAsync companies;
  private final CyclistsApiServiceAsync cyclists;
  private final DealersApiServiceAsync dealers;
  private final OrdersApiServiceAsync orders;
  private final CallbacksApiServiceAsync callbacks;

  CyclisClientAsync(CyclisClient sync) {
    this.companies = new CompaniesApiServiceAsync(sync.companies());
    this.cyclists = new CyclistsApiServiceAsync(sync.cyclists());
    this.dealers = new DealersApiServiceAsync(sync.dealers());
    this.orders = new OrdersApiServiceAsync(sync.orders());
    this.callbacks = new CallbacksApiServiceAsync(sync.callbacks());
  }

  /**
   * Returns the {@code Companies} operations as futures.
   *
   * @return the {@code Companies} operations as futures
   */
  public CompaniesApiServiceAsync companies() {
    return companies;
  }

  /**
   * Returns the {@code Cyclists} operations as futures.
   *
   * @return the {@code Cyclists} operations as futures
   */
  public CyclistsApiServiceAsync cyclists() {
    return cyclists;
  }

  /**
   * Returns the {@code Dealers} operations as futures.
   *
   * @return the {@code Dealers} operations as futures
   */
  public DealersApiServiceAsync dealers() {
    return dealers;
  }

  /**
   * Returns the {@code Orders} operations as futures.
   *
   * @return the {@code Orders} operations as futures
   */
  public OrdersApiServiceAsync orders() {
    return orders;
  }

  /**
   * Returns the {@code Callbacks} operations as futures.
   *
   * @return the {@code Callbacks} operations as futures
   */
  public CallbacksApiServiceAsync callbacks() {
    return callbacks;
  }
}
