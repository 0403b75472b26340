package dev.apiclients.benchmarks.stockclient;

import dev.apiclients.benchmarks.stock.ApiClient;
import dev.apiclients.benchmarks.stock.api.OrdersApi;
import dev.apiclients.benchmarks.stock.model.OrderDocument;
import java.util.UUID;

/**
 * A fresh JVM's first call with the stock okhttp-gson client, as its README shows it: the
 * counterpart of {@code OursFirstCall}.
 *
 * <p>Arguments: base URL, order id.
 */
public final class StockFirstCall {
  private StockFirstCall() {}

  public static void main(String[] args) throws Exception {
    ApiClient api = new ApiClient();
    api.setBasePath(args[0]);
    api.setApiKey("cold-start-token");
    OrderDocument order = new OrdersApi(api).getOrder(UUID.fromString(args[1]));
    System.out.println("decoded " + order.getData().getId());
  }
}
