package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static dev.apiclients.cyclis.CyclisTestServer.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclis.model.OrderState;
import dev.apiclients.runtime.testing.ServedClient;
import java.util.UUID;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Open enums in a {@code switch}: {@code known()} maps each wire value to a Java enum, unknown ones to {@code _UNKNOWN}. */
class CyclisOpenEnumTest {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");

  @RegisterExtension
  final ServedClient<CyclisClient> served = ServedClient.start(server -> clientFor(server).build());
  private final MockWebServer server = served.server();
  private final CyclisClient client = served.client();

  private static String describe(OrderState state) {
    switch (state.known()) {
      case QUOTE:
      case QUOTE_SENT:
      case APPROVED_CYCLIST:
        return "can be approved";
      case QUOTE_TO_REVIEW:
        return "read-only";
      case _UNKNOWN:
        return "new state " + state.value();
      default:
        throw new AssertionError(state);
    }
  }

  private OrderState decodedState(String wireValue) throws Exception {
    server.enqueue(json(200, seed("order.json").replace("\"state\":\"quote\"", "\"state\":\"" + wireValue + "\"")));
    return client.calls().orders().getOrder(ID).execute().body().getData().getAttributes().getState();
  }

  @Test
  void knownWireValueSwitchesOnItsConstant() throws Exception {
    OrderState state = decodedState("quote_to_review");

    assertSame(OrderState.QUOTE_TO_REVIEW, state);
    assertEquals(OrderState.Known.QUOTE_TO_REVIEW, state.known());
    assertEquals("read-only", describe(state));
  }

  @Test
  void unknownWireValueSwitchesToUnknownAndKeepsTheValue() throws Exception {
    OrderState state = decodedState("delivered_to_cyclist");

    assertEquals(OrderState.Known._UNKNOWN, state.known());
    assertFalse(state.isKnown());
    assertEquals("new state delivered_to_cyclist", describe(state));
  }

  @Test
  void everyConstantKnowsItself() {
    assertEquals(OrderState.Known.QUOTE, OrderState.of("quote").known());
    assertTrue(OrderState.of("quote").isKnown());
    assertEquals(5, OrderState.Known.values().length, "four known states and _UNKNOWN");
  }

  @Test
  void nullIsRefused() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> OrderState.of(null));

    assertEquals("value == null", e.getMessage());
  }
}
