package com.example.shrunk;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.model.OrderAttributes;
import dev.apiclients.cyclis.model.OrderDocument;
import dev.apiclients.cyclis.model.OrderStatusChange;
import dev.apiclients.cyclis.model.OrderStatusUpdateAttributes;
import dev.apiclients.cyclr.CyclrClient;
import dev.apiclients.cyclr.model.Account;
import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.runtime.ApiDecodeException;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * A small app as an Android developer would write it, shrunk by ShrunkAppTest with nothing but the
 * rules the jars ship. It reads a Cyclis order, approves it, and reads an answer that lacks a
 * required field; then it lists the Cyclr accounts (an OAuth token first). It prints what it got; the
 * test compares that with the recorded answers it served.
 *
 * <p>Arguments: the Cyclis base URL, an order id, the Cyclr base URL and the Cyclr token URL.
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

    CyclrClient cyclr = CyclrClient.builder().baseUrl(args[2]).tokenUrl(args[3])
        .clientCredentials("shrunk-app-id", "shrunk-app-secret").build();
    try {
      List<Account> accounts = cyclr.accounts().listAccounts();
      Account account = accounts.get(0);
      System.out.println("cyclr_accounts=" + accounts.size());
      System.out.println("cyclr_account=" + account.getId() + " name=" + account.getName()
          + " price_plan=" + account.getPricePlanId() + " last_bill=" + account.getLastBillDate());
      // Account-scoped: X-Cyclr-Account is added only to methods marked @ScopedOperation, a mark read
      // by reflection, so this proves the shipped rules keep it.
      cyclr.forAccount(account.getId()).connectors().installConnector(InstallConnectorRequest.builder()
          .accountId(account.getId()).connectorName("Slack").connectorVersion("1.0").installedName("Slack")
          .apiKey("shrunk-app-key").build());
      System.out.println("cyclr_installed=yes");
    } finally {
      cyclr.close();
    }
  }
}
