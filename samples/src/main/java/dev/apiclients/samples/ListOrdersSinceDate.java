package dev.apiclients.samples;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.api.OrdersApiService.ListOrdersParams;
import dev.apiclients.cyclis.model.Order;
import dev.apiclients.cyclis.model.OrderList;
import dev.apiclients.runtime.ApiException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Lists the orders of one company that changed since a date.
 *
 * <pre>{@code
 * CYCLIS_API_TOKEN=... java dev.apiclients.samples.ListOrdersSinceDate <company uuid> 2021-12-30
 * }</pre>
 */
public final class ListOrdersSinceDate {
  private ListOrdersSinceDate() {
  }

  public static void main(String[] args) throws ApiException {
    UUID companyId = UUID.fromString(args[0]);
    LocalDate since = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now().minusDays(7);
    OrderList orders = run(CyclisClient.DEFAULT_BASE_URL, System.getenv("CYCLIS_API_TOKEN"), companyId, since);
    for (Order order : orders.getData()) {
      System.out.println(order.getAttributes().getName() + " " + order.getAttributes().getState());
    }
  }

  /** Lists the orders of {@code companyId} updated since {@code since}. */
  static OrderList run(String baseUrl, String apiToken, UUID companyId, LocalDate since) throws ApiException {
    try (CyclisClient cyclis = CyclisClient.builder().baseUrl(baseUrl).apiToken(apiToken).build()) {
      // [START readme]
      // Name every filter: a company id cannot end up where the cyclist id goes.
      OrderList orders = cyclis.orders().listOrders(ListOrdersParams.builder()
          .companyId(companyId)
          .updatedSince(since) // A LocalDate is sent as 2021-12-30, a LocalDateTime as 2021-12-15T10:30:00.
          .build());
      // [END readme]
      return orders;
    }
  }
}
