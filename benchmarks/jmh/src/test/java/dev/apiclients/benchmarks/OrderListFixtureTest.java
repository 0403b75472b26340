package dev.apiclients.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclis.model.Order;
import dev.apiclients.cyclis.model.OrderList;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decode benchmark is only a comparison if every variant reads the same orders into the same values. */
class OrderListFixtureTest {
  private static final byte[] BODY = OrderListFixture.orderList(DecodeBenchmark.ORDERS);
  /** The same fixture's first orders: enough for the tests of the check itself. */
  private static final byte[] SHORT_BODY = OrderListFixture.orderList(10);

  @Test
  void fixtureHoldsFiveThousandDistinctVariedOrders() throws Exception {
    List<Order> orders = new OursDecoding<>(OrderList.class).decode(BODY).getData();

    assertEquals(5_000, orders.size());
    Set<Object> ids = new HashSet<>();
    Set<String> states = new HashSet<>();
    int earlyQuotes = 0;
    for (Order order : orders) {
      ids.add(order.getId());
      states.add(order.getAttributes().getState().value());
      if (order.getAttributes().getStartLeaseDate() == null) {
        earlyQuotes++;
      }
    }
    assertEquals(5_000, ids.size());
    assertEquals(Set.of("quote", "quote_sent", "approved_cyclist", "quote_to_review"), states);
    assertEquals(500, earlyQuotes);
  }

  @Test
  void everyPeerDecodesTheSameValuesAsOurs() throws Exception {
    DecodeBenchmark benchmark = new DecodeBenchmark();

    benchmark.setUp(); // fails, naming the field, if a peer decodes any value differently
  }

  @Test
  void theCheckComparesEveryFieldItNames() throws Exception {
    List<List<Object>> rows = DecodedOrders.rows(new OursDecoding<>(OrderList.class).decode(SHORT_BODY));

    assertEquals(DecodedOrders.FIELDS.size(), rows.get(0).size());
    // The first order as the fixture wrote it (seeded): no field is read as null by a wrong getter.
    assertTrue(rows.get(0).stream().allMatch(value -> value != null), () -> "nulls in " + rows.get(0));
  }

  @Test
  void aPeerThatDecodesOneValueDifferentlyFailsTheCheck() throws Exception {
    String body = new String(SHORT_BODY, StandardCharsets.UTF_8);
    byte[] changed = body.replaceFirst("\"lease_duration\":(\\d+)", "\"lease_duration\":999")
        .getBytes(StandardCharsets.UTF_8);
    List<List<Object>> ours = DecodedOrders.rows(new OursDecoding<>(OrderList.class).decode(SHORT_BODY));
    List<List<Object>> peer = DecodedOrders.rows(
        new StockDecoding<>(dev.apiclients.benchmarks.stock.model.OrderList.class).decode(changed));

    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> DecodedOrders.requireSame("okhttp-gson", ours, peer));
    assertTrue(failure.getMessage().startsWith("okhttp-gson decoded order 0's attributes.leaseDuration as 999, ours as "),
        failure.getMessage());
  }

  @Test
  void exampleOrderIsTheOneTheGetBenchmarksAskFor() throws Exception {
    dev.apiclients.cyclis.model.OrderDocument order =
        new OursDecoding<>(dev.apiclients.cyclis.model.OrderDocument.class).decode(OrderListFixture.exampleOrder());

    assertEquals(OrderListFixture.EXAMPLE_ORDER_ID, order.getData().getId());
    assertTrue(order.getData().getAttributes().getState().isKnown());
  }
}
