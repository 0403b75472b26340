package dev.apiclients.samples;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.model.OrderDocument;
import dev.apiclients.cyclis.model.OrderStatusChange;
import dev.apiclients.cyclis.model.OrderStatusUpdateAttributes;
import dev.apiclients.runtime.ApiException;
import java.util.UUID;

/**
 * Approves an order as the cyclist.
 *
 * <pre>{@code
 * CYCLIS_API_TOKEN=... java dev.apiclients.samples.ApproveOrder <order uuid>
 * }</pre>
 */
public final class ApproveOrder {
  private ApproveOrder() {
  }

  public static void main(String[] args) throws ApiException {
    OrderDocument order = run(CyclisClient.DEFAULT_BASE_URL, System.getenv("CYCLIS_API_TOKEN"), UUID.fromString(args[0]));
    System.out.println(order.getData().getAttributes().getState());
  }

  /** Approves the order {@code orderId}. */
  static OrderDocument run(String baseUrl, String apiToken, UUID orderId) throws ApiException {
    // [START readme]
    try (CyclisClient cyclis = CyclisClient.builder().baseUrl(baseUrl).apiToken(apiToken).build()) {
      // Send the new status; the client fills in the JSON:API envelope and takes the order id once.
      // This PATCH is not idempotent, so it is sent exactly once: on a timeout, read the order first.
      return cyclis.orders().updateOrderStatus(orderId,
          OrderStatusUpdateAttributes.builder().status(OrderStatusChange.CYCLIST_CONFIRM).build());
    }
    // [END readme]
  }
}
