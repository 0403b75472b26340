package dev.apiclients.benchmarks;

import dev.apiclients.runtime.testing.SampleBodies;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;

/**
 * The bodies the benchmarks decode, made from the documentation's example order (client-testing's
 * {@code SampleBodies.cyclis("order.json")}, the {@code getOrder} answer the clients' tests use too)
 * so that every benchmark reads the same bytes and a rerun reads the same bytes again.
 *
 * <p>{@link #orderList} varies every value of the example per order (ids, names, costs, dates, the
 * four known states, booleans, and the nulls the spec allows), with a fixed seed: a list of
 * identical orders would let caches flatter the decoder.
 */
public final class OrderListFixture {
  /** The id in the example order; the GET benchmarks ask for it. */
  public static final UUID EXAMPLE_ORDER_ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");

  private static final String[] STATES = {"quote", "quote_sent", "approved_cyclist", "quote_to_review"};
  private static final String[] BRANDS = {"Super Bike", "Gazelle", "Riese & Müller", "Trek", "Cube"};
  private static final String[] TYPES = {"City Bike", "Speed Pedelec", "Cargo Bike", "Gravel"};
  private static final String[] COLORS = {"Yellow", "Black", "Petrol \"Matt\"", "Red"};

  private OrderListFixture() {}

  /** The example {@code getOrder} answer, exactly as the documentation gives it. */
  public static byte[] exampleOrder() {
    return SampleBodies.cyclisBytes("order.json");
  }

  /** A {@code listOrders} answer holding {@code count} orders shaped like the example. */
  public static byte[] orderList(int count) {
    Random random = new Random(20261201L);
    StringBuilder json = new StringBuilder(count * 1_000).append("{\"data\":[");
    Instant base = Instant.parse("2019-08-24T14:15:22Z");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        json.append(',');
      }
      boolean earlyQuote = i % 10 == 9; // as the spec allows: no lease dates, bike details or budget yet
      Instant created = base.plus(random.nextInt(2_000_000), ChronoUnit.MINUTES);
      Instant start = created.plus(30 + random.nextInt(60), ChronoUnit.DAYS);
      int months = 12 * (1 + random.nextInt(4));
      json.append("{\"id\":\"").append(uuid(random)).append("\",\"type\":\"order\",\"attributes\":{")
          .append("\"name\":\"SO").append(10_000 + i).append('"')
          .append(",\"bike_name\":").append(earlyQuote ? "null" : quoted(BRANDS[i % BRANDS.length] + " Model " + i))
          .append(",\"bike_brand\":").append(earlyQuote ? "null" : quoted(BRANDS[i % BRANDS.length]))
          .append(",\"bike_model\":").append(earlyQuote ? "null" : quoted("Model " + i))
          .append(",\"bike_type\":").append(quoted(TYPES[random.nextInt(TYPES.length)]))
          .append(",\"bike_frame_type\":\"").append(random.nextBoolean() ? "Unisex" : "Diamond").append('"')
          .append(",\"bike_size\":\"").append(45 + random.nextInt(20)).append('"')
          .append(",\"bike_color\":").append(quoted(COLORS[random.nextInt(COLORS.length)]))
          .append(",\"bike_order_state\":").append(earlyQuote ? "null" : "\"ordered\"")
          .append(",\"state\":\"").append(STATES[random.nextInt(STATES.length)]).append('"')
          .append(",\"insurance\":").append(random.nextBoolean())
          .append(",\"maintenance\":").append(!earlyQuote)
          .append(",\"assistance\":").append(random.nextBoolean())
          .append(",\"lease_cost\":").append(money(random, 40, 250))
          .append(",\"lease_duration\":").append(months)
          .append(",\"maintenance_budget\":").append(earlyQuote ? "null" : money(random, 100, 600))
          .append(",\"start_lease_date\":").append(earlyQuote ? "null" : quoted(start.toString()))
          .append(",\"end_lease_date\":")
          .append(earlyQuote ? "null" : quoted(start.plus(months * 30L, ChronoUnit.DAYS).toString()))
          .append(",\"cost_center\":").append(quoted("CC" + (10_000 + random.nextInt(90_000))))
          .append(",\"employee_id\":").append(quoted("EM" + (10_000 + i)))
          .append(",\"create_timestamp\":").append(quoted(created.toString()))
          .append("},\"relationships\":{\"cyclist\":{\"data\":{\"type\":\"cyclist\",\"id\":\"").append(uuid(random))
          .append("\"}},\"company\":{\"data\":{\"type\":\"company\",\"id\":\"").append(uuid(random))
          .append("\"}}}}");
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static UUID uuid(Random random) {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private static String money(Random random, int min, int max) {
    return BigDecimal.valueOf(min * 100L + random.nextInt((max - min) * 100), 2).toPlainString();
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
