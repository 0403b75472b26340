package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static dev.apiclients.cyclis.CyclisTestServer.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;

import dev.apiclients.cyclis.model.OrderDocument;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.testing.HostileJson;
import dev.apiclients.runtime.testing.ServedClient;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bodies made to hurt a careless reader: numbers beyond any bound, and valid JSON Moshi's strict mode refuses. */
class CyclisHostileBodiesTest {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");

  @RegisterExtension
  final ServedClient<CyclisClient> served = ServedClient.start(server -> clientFor(server).build());
  private final MockWebServer server = served.server();
  private final CyclisClient client = served.client();

  @Test
  void errorCodeBeyondADoubleKeepsTheTypedStatus() {
    server.enqueue(json(400, "{\"error\":1e400,\"message\":\"Too big\"}"));

    ApiHttpException e = assertThrowsExactly(ApiHttpException.BadRequestException.class,
        () -> client.orders().getOrder(ID));

    assertEquals("HTTP 400: Too big", e.getMessage());
    assertNull(e.errorCode());
    assertEquals("{\"error\":1e400,\"message\":\"Too big\"}", e.rawBody());
  }

  @Test
  void errorCodeBeyondADoubleFailsTheFutureWithTheTypedStatus() {
    server.enqueue(json(400, "{\"error\":-1e400}"));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.async().orders().getOrder(ID).get(5, TimeUnit.SECONDS));

    assertEquals(ApiHttpException.BadRequestException.class, e.getCause().getClass());
    assertEquals("HTTP 400", e.getCause().getMessage());
  }

  @Test
  void decimalWithAScaleBeyondTheBoundIsADecodeFailureNamingPathAndBound() {
    server.enqueue(json(200, seed("order.json").replace("\"lease_cost\":91.26", "\"lease_cost\":1e100000000")));

    ApiDecodeException e = assertThrowsExactly(ApiDecodeException.class, () -> client.orders().getOrder(ID));

    assertEquals("Could not decode OrderDocument: Expected a decimal number but was 1e100000000 at path "
        + "$.data.attributes.lease_cost: its scale, -100000000, is outside the -1000 to 1000 allowed", e.getMessage());
  }

  @Test
  void decimalOf400000DigitsIsADecodeFailureNamingPathAndBound() {
    server.enqueue(json(200, seed("order.json")
        .replace("\"lease_cost\":91.26", "\"lease_cost\":" + HostileJson.digits(400_000))));

    ApiDecodeException e = assertThrowsExactly(ApiDecodeException.class, () -> client.orders().getOrder(ID));

    assertEquals("Could not decode OrderDocument: Expected a decimal number but was 99999999999999999999999999999999..."
        + " (400000 characters) at path $.data.attributes.lease_cost: longer than the 1000 characters allowed",
        e.getMessage());
  }

  @Test
  void integerOf400000DigitsIsADecodeFailureNamingPathAndBound() {
    server.enqueue(json(200, seed("order.json")
        .replace("\"lease_duration\":36", "\"lease_duration\":" + HostileJson.digits(400_000))));

    ApiDecodeException e = assertThrowsExactly(ApiDecodeException.class, () -> client.orders().getOrder(ID));

    assertEquals("Could not decode OrderDocument: Expected an int but was 99999999999999999999999999999999..."
        + " (400000 characters) at path $.data.attributes.lease_duration: longer than the 1000 characters allowed",
        e.getMessage());
  }

  @Test
  void unknownMemberThatMoshisStrictModeRefusesIsSkipped() throws Exception {
    server.enqueue(json(200, seed("order.json")
        .replace("{\"data\":", "{\"total\":" + HostileJson.WRAPPING_INTEGER + ",\"data\":")
        .replace("\"name\":\"SO12345\"", "\"serial\":-" + HostileJson.WRAPPING_INTEGER + ".5e-3,\"name\":\"SO12345\"")));

    OrderDocument order = client.orders().getOrder(ID);

    assertEquals("SO12345", order.getData().getAttributes().getName());
    assertEquals(new BigDecimal("91.26"), order.getData().getAttributes().getLeaseCost());
  }

  @Test
  void knownDecimalThatMoshisStrictModeRefusesKeepsEveryDigit() throws Exception {
    server.enqueue(json(200, seed("order.json")
        .replace("\"lease_cost\":91.26", "\"lease_cost\":" + HostileJson.WRAPPING_INTEGER + ".25")));

    assertEquals(new BigDecimal(HostileJson.WRAPPING_INTEGER + ".25"),
        client.orders().getOrder(ID).getData().getAttributes().getLeaseCost());
  }
}
