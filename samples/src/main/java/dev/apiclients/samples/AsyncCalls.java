package dev.apiclients.samples;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.api.OrdersApiService.ListOrdersParams;
import dev.apiclients.cyclis.model.CompanyList;
import dev.apiclients.cyclis.model.OrderList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the companies and a cyclist's orders at the same time, without blocking a thread per call.
 *
 * <pre>{@code
 * CYCLIS_API_TOKEN=... java dev.apiclients.samples.AsyncCalls <cyclist uuid>
 * }</pre>
 */
public final class AsyncCalls {
  private AsyncCalls() {
  }

  public static void main(String[] args) {
    System.out.println(run(CyclisClient.DEFAULT_BASE_URL, System.getenv("CYCLIS_API_TOKEN"), UUID.fromString(args[0])));
  }

  /** Returns "{companies} companies, {orders} orders of the cyclist", both read concurrently. */
  static String run(String baseUrl, String apiToken, UUID cyclistId) {
    try (CyclisClient cyclis = CyclisClient.builder().baseUrl(baseUrl).apiToken(apiToken).build()) {
      // [START readme]
      // Start both calls: each returns at once, and its future completes on an OkHttp thread.
      CompletableFuture<CompanyList> companies = cyclis.async().companies().listCompanies();
      CompletableFuture<OrderList> orders = cyclis.async().orders().listOrders(
          ListOrdersParams.builder().cyclistId(cyclistId).build());
      // Combine the answers; on a failure, join() throws a CompletionException whose cause is the ApiException.
      return companies.thenCombine(orders, (c, o) ->
          c.getData().size() + " companies, " + o.getData().size() + " orders of the cyclist").join();
      // [END readme]
    }
  }
}
