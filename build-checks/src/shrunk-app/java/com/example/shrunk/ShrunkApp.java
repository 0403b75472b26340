package com.example.shrunk;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.model.OrderAttributes;
import dev.apiclients.cyclis.model.OrderDocument;
import dev.apiclients.cyclis.model.OrderStatusChange;
import dev.apiclients.cyclis.model.OrderStatusUpdateAttributes;
import dev.apiclients.runtime.ApiDecodeException;
import java.io.IOException;
import java.util.UUID;

/**
 * A small app as an Android developer would write it, shrunk by ShrunkAppTest with nothing but the
 * rules the jars ship. It reads an order, approves it, and reads an answer that lacks a required
 * field, printing what it got; the test compares that with the recorded answer it served.
 */
public final class ShrunkApp {
  private ShrunkApp() {}

  public static void main(String[] args) throws IOException {
    UUID id = UUID.fromString(args[1]);
    CyclisClient cyclis = CyclisClient.builder().baseUrl(args[0]).apiToken("shrunk-app-token").build();
    try {
      OrderDocument order = cyclis.orders().getOrder(id);
      OrderAttributes attributes = order.getData().getAttributes();
      System.out.println("name=" + attributes.getName());
      System.out.println("state=" + attributes.getState().value() + " known=" + attributes.getState().isKnown());
      System.out.println("lease_cost=" + attributes.getLeaseCost());
      System.out.println("start_lease_date=" + attributes.getStartLeaseDate());
      System.out.println("cyclist=" + order.getData().getRelationships().getCyclist().getData().getId());

      OrderDocument updated = cyclis.orders().updateOrderStatus(id,
          OrderStatusUpdateAttributes.builder().status(OrderStatusChange.CYCLIST_CONFIRM).build());
      System.out.println("updated_state=" + updated.getData().getAttributes().getState().value());

      try {
        cyclis.orders().getOrder(id);
        System.out.println("missing_required=not detected");
      } catch (ApiDecodeException e) {
        System.out.println("missing_required=" + e.getMessage());
      }
    } finally {
      cyclis.close();
    }
  }
}
