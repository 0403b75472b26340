package dev.apiclients.benchmarks.nativeclient;

import dev.apiclients.benchmarks.nativehttp.ApiClient;
import dev.apiclients.benchmarks.nativehttp.api.OrdersApi;
import dev.apiclients.benchmarks.nativehttp.model.OrderDocument;
import java.util.UUID;

/**
 * A fresh JVM's first call with the native client, as its README shows it: the counterpart of
 * {@code OursFirstCall}. The native library generates no API-key support, so the token goes in
 * the request interceptor it offers for that.
 *
 * <p>Arguments: base URL, order id.
 */
public final class NativeFirstCall {
  private NativeFirstCall() {}

  public static void main(String[] args) throws Exception {
    OrderDocument order = orders(args[0], "cold-start-token").getOrder(UUID.fromString(args[1]));
    System.out.println("decoded " + order.getData().getId());
  }

  /** The orders API on a base URL (with or without its trailing slash), sending the token. */
  public static OrdersApi orders(String baseUrl, String token) {
    ApiClient api = new ApiClient();
    api.updateBaseUri(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    api.setRequestInterceptor(request -> request.header("API-TOKEN", token));
    return new OrdersApi(api);
  }
}
