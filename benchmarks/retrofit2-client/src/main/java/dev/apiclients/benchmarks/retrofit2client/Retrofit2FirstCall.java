package dev.apiclients.benchmarks.retrofit2client;

import dev.apiclients.benchmarks.retrofit2gson.ApiClient;
import dev.apiclients.benchmarks.retrofit2gson.api.OrdersApi;
import dev.apiclients.benchmarks.retrofit2gson.model.OrderDocument;
import java.io.IOException;
import java.util.UUID;

/**
 * A fresh JVM's first call with the retrofit2 client, as its README shows it: the counterpart of
 * {@code OursFirstCall}.
 *
 * <p>Arguments: base URL, order id.
 */
public final class Retrofit2FirstCall {
  private Retrofit2FirstCall() {}

  public static void main(String[] args) throws Exception {
    OrderDocument order = getOrder(orders(args[0], "cold-start-token"), UUID.fromString(args[1]));
    System.out.println("decoded " + order.getData().getId());
  }

  /** The orders API on a base URL, sending the token in the spec's {@code ApiToken} scheme. */
  public static OrdersApi orders(String baseUrl, String token) {
    ApiClient api = new ApiClient("ApiToken", token);
    api.getAdapterBuilder().baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    return api.createService(OrdersApi.class);
  }

  /**
   * One call, its body decoded. Here rather than in the caller, since the shaded jar the
   * benchmarks use has Retrofit's {@code Call} under a relocated name.
   */
  public static OrderDocument getOrder(OrdersApi orders, UUID id) throws IOException {
    return orders.getOrder(id).execute().body();
  }
}
