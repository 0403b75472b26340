package dev.apiclients.cyclis;

import dev.apiclients.cyclis.api.CallbacksApi;
import dev.apiclients.cyclis.api.CompaniesApi;
import dev.apiclients.cyclis.api.CyclistsApi;
import dev.apiclients.cyclis.api.DealersApi;
import dev.apiclients.cyclis.api.OrdersApi;
import dev.apiclients.runtime.Transport;

/**
 * The low-level layer of a {@link CyclisClient}: the generated Retrofit interfaces, returning
 * {@code retrofit2.Call}s to {@code execute()} or {@code enqueue(..)} yourself. They share the
 * client's credentials, retries and typed errors; the services of {@link CyclisClient} are built
 * on them and are what most code wants.
 *
 * <pre>{@code
 * Response<OrderDocument> response = cyclis.calls().orders().getOrder(orderId).execute();
 * }</pre>
 */
public final class CyclisCalls {
  private final CompaniesApi companies;
  private final CyclistsApi cyclists;
  private final DealersApi dealers;
  private final OrdersApi orders;
  private final CallbacksApi callbacks;

  CyclisCalls(Transport transport) {
    this.companies = transport.create(CompaniesApi.class);
    this.cyclists = transport.create(CyclistsApi.class);
    this.dealers = transport.create(DealersApi.class);
    this.orders = transport.create(OrdersApi.class);
    this.callbacks = transport.create(CallbacksApi.class);
  }

  /**
   * Returns the Retrofit interface of the {@code Companies} operations.
   *
   * @return the Retrofit interface of the {@code Companies} operations
   */
  public CompaniesApi companies() {
    return companies;
  }

  /**
   * Returns the Retrofit interface of the {@code Cyclists} operations.
   *
   * @return the Retrofit interface of the {@code Cyclists} operations
   */
  public CyclistsApi cyclists() {
    return cyclists;
  }

  /**
   * Returns the Retrofit interface of the {@code Dealers} operations.
   *
   * @return the Retrofit interface of the {@code Dealers} operations
   */
  public DealersApi dealers() {
    return dealers;
  }

  /**
   * Returns the Retrofit interface of the {@code Orders} operations.
   *
   * @return the Retrofit interface of the {@code Orders} operations
   */
  public OrdersApi orders() {
    return orders;
  }

  /**
   * Returns the Retrofit interface of the {@code Callbacks} operations.
   *
   * @return the Retrofit interface of the {@code Callbacks} operations
   */
  public CallbacksApi callbacks() {
    return callbacks;
  }
}
