package dev.apiclients.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclis.model.Order;
import dev.apiclients.cyclis.model.OrderList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decode benchmark is only a comparison if every variant reads the same orders into the same values. */
class OrderListFixtureTest {
  private static final byte[] BODY = OrderListFixture.orderList(DecodeBenchmark.ORDERS);

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
  void oursAndStockDecodeTheSameValues() throws Exception {
    List<Order> ours = new OursDecoding<>(OrderList.class).decode(BODY).getData();
    List<dev.apiclients.benchmarks.stock.model.Order> stock =
        new StockDecoding<>(dev.apiclients.benchmarks.stock.model.OrderList.class).decode(BODY).getData();

    assertEquals(ours.size(), stock.size());
    for (int i = 0; i < ours.size(); i++) {
      Order o = ours.get(i);
      dev.apiclients.benchmarks.stock.model.Order s = stock.get(i);
      assertEquals(o.getId(), s.getId());
      assertEquals(o.getAttributes().getState().value(), s.getAttributes().getState());
      assertEquals(0, o.getAttributes().getLeaseCost().compareTo(s.getAttributes().getLeaseCost()), "order " + i);
      assertEquals(o.getAttributes().getStartLeaseDate(), s.getAttributes().getStartLeaseDate());
      assertEquals(o.getAttributes().getCreateTimestamp(), s.getAttributes().getCreateTimestamp());
      assertEquals(o.getAttributes().getBikeColor(), s.getAttributes().getBikeColor());
      assertEquals(o.getRelationships().getCyclist().getData().getId(),
          s.getRelationships().getCyclist().getData().getId());
    }
  }

  @Test
  void exampleOrderIsTheOneTheGetBenchmarksAskFor() throws Exception {
    dev.apiclients.cyclis.model.OrderDocument order =
        new OursDecoding<>(dev.apiclients.cyclis.model.OrderDocument.class).decode(OrderListFixture.exampleOrder());

    assertEquals(OrderListFixture.EXAMPLE_ORDER_ID, order.getData().getId());
    assertTrue(order.getData().getAttributes().getState().isKnown());
  }
}
