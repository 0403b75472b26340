package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static dev.apiclients.cyclis.CyclisTestServer.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclis.model.CyclistCreate;
import dev.apiclients.cyclis.model.CyclistCreateAttributes;
import dev.apiclients.cyclis.model.CyclistCreateRequest;
import dev.apiclients.cyclis.model.CyclistRelationships;
import dev.apiclients.cyclis.model.CyclistType;
import dev.apiclients.cyclis.model.Order;
import dev.apiclients.cyclis.model.OrderStatusChange;
import dev.apiclients.cyclis.model.OrderStatusUpdate;
import dev.apiclients.cyclis.model.OrderStatusUpdateAttributes;
import dev.apiclients.cyclis.model.OrderStatusUpdateRequest;
import dev.apiclients.cyclis.model.OrderType;
import dev.apiclients.cyclis.model.Relationship;
import dev.apiclients.cyclis.model.ResourceIdentifier;
import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.testing.ServedClient;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a caller sees when Cyclis, or the network, misbehaves; and what is retried. */
class CyclisFailuresTest {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");
  private static final String NESTED_NOACC =
      "{\"data\":{\"data\":{\"error\":\"NOACC\",\"message\":\"Your API token is not allowed to edit ...\"}}}";

  @RegisterExtension
  final ServedClient<CyclisClient> served = ServedClient.start(server -> clientFor(server).build());
  private final MockWebServer server = served.server();
  private final CyclisClient client = served.client();

  private static OrderStatusUpdateRequest approve() {
    return new OrderStatusUpdateRequest().data(new OrderStatusUpdate()
        .id(ID).type(OrderType.ORDER)
        .attributes(new OrderStatusUpdateAttributes().status(OrderStatusChange.CYCLIST_CONFIRM)));
  }

  @Test
  void nestedErrorShapeBecomesForbiddenWithCodeAndMessage() throws Exception {
    server.enqueue(json(403, NESTED_NOACC));

    ApiHttpException e = assertThrows(ApiHttpException.ForbiddenException.class,
        () -> client.calls().orders().updateOrderStatus(ID, approve()).execute());

    assertEquals(403, e.statusCode());
    assertEquals("NOACC", e.errorCode());
    assertEquals("Your API token is not allowed to edit ...", e.errorMessage());
    assertEquals(NESTED_NOACC, e.rawBody());
    assertEquals("HTTP 403 NOACC: Your API token is not allowed to edit ...", e.getMessage());
  }

  @Test
  void flatErrorShapeBecomesNotFound() {
    server.enqueue(json(404, "{\"error\":\"NOTFOUND\",\"message\":\"No such cyclist\"}"));

    ApiHttpException e = assertThrows(ApiHttpException.NotFoundException.class,
        () -> client.calls().cyclists().getCyclist(ID).execute());

    assertEquals("NOTFOUND", e.errorCode());
    assertEquals("No such cyclist", e.errorMessage());
  }

  @Test
  void htmlErrorPageKeepsStatusAndRawBody() {
    String html = "<html><body>502 Bad Gateway</body></html>";
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html").setBody(html));
    }

    ApiHttpException e = assertThrows(ApiHttpException.ServerErrorException.class,
        () -> client.calls().dealers().listDealers().execute());

    assertEquals(502, e.statusCode());
    assertNull(e.errorCode());
    assertEquals(html, e.rawBody());
    assertEquals(3, server.getRequestCount(), "a GET is tried once and retried twice");
  }

  @Test
  void unauthorizedWithoutBodyIsTyped() {
    server.enqueue(new MockResponse().setResponseCode(401));

    ApiHttpException e = assertThrows(ApiHttpException.UnauthorizedException.class,
        () -> client.calls().companies().listCompanies().execute());

    assertEquals("", e.rawBody());
    assertEquals("HTTP 401", e.getMessage());
  }

  @Test
  void unknownOrderStateAndUnknownFieldsDecode() throws Exception {
    server.enqueue(json(200, seed("order.json")
        .replace("\"state\":\"quote\"", "\"state\":\"delivered_to_cyclist\",\"brand_new_field\":{\"x\":[1,2]}")
        .replace("\"bike_order_state\":\"ordered\"", "\"bike_order_state\":\"in_transit\"")));

    Order order = client.calls().orders().getOrder(ID).execute().body().getData();

    assertEquals("delivered_to_cyclist", order.getAttributes().getState().value());
    assertFalse(order.getAttributes().getState().isKnown());
    assertEquals("in_transit", order.getAttributes().getBikeOrderState().value());
    assertEquals("SO12345", order.getAttributes().getName());
  }

  @Test
  void wrongTypeBecomesDecodeExceptionWithPathAndRawBody() {
    String body = seed("order.json").replace("\"lease_duration\":36", "\"lease_duration\":\"three years\"");
    server.enqueue(json(200, body));

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> client.calls().orders().getOrder(ID).execute());

    assertTrue(e.getMessage().startsWith("Could not decode OrderDocument: Expected an int but was three years"),
        e.getMessage());
    assertTrue(e.getMessage().contains("$.data.attributes.lease_duration"), e.getMessage());
    assertEquals(body, e.rawBody());
  }

  @Test
  void dateWithoutZoneIsADecodeExceptionNamingTheField() {
    server.enqueue(json(200, seed("order.json").replace("\"create_timestamp\":\"2019-08-24T14:15:22Z\"",
        "\"create_timestamp\":\"2019-08-24T14:15:22\"")));

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> client.calls().orders().getOrder(ID).execute());

    assertTrue(e.getMessage().contains("but was 2019-08-24T14:15:22 at path $.data.attributes.create_timestamp"),
        e.getMessage());
  }

  @Test
  void missingRequiredResponseFieldIsADecodeException() {
    server.enqueue(json(200, "{\"data\":{\"type\":\"order\",\"attributes\":{}}}"));

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> client.calls().orders().getOrder(ID).execute());

    assertEquals("Could not decode OrderDocument: required field 'data.id' is missing", e.getMessage());
  }

  @Test
  void truncatedJsonIsADecodeException() {
    server.enqueue(json(200, "{\"data\":{\"id\":\"497f6eca-6276"));

    assertThrows(ApiDecodeException.class, () -> client.calls().orders().getOrder(ID).execute());
  }

  @Test
  void emptyBodyOnSuccessIsADecodeException() {
    server.enqueue(json(200, ""));

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> client.calls().orders().getOrder(ID).execute());

    assertEquals("Expected a JSON OrderDocument but the body was empty", e.getMessage());
  }

  @Test
  void missingRequiredRequestFieldIsRefusedBeforeSending() {
    CyclistCreateRequest noLastName = new CyclistCreateRequest().data(new CyclistCreate()
        .type(CyclistType.CYCLIST)
        .attributes(new CyclistCreateAttributes().firstName("John").email("a@b.c").lang("en_US"))
        .relationships(new CyclistRelationships()
            .company(new Relationship().data(new ResourceIdentifier().type("company").id(ID)))));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> client.calls().cyclists().createCyclist(noLastName).execute());

    assertEquals("Missing required field 'data.attributes.last_name' in CyclistCreateRequest; nothing was sent",
        e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void nullPathParameterIsRefusedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> client.calls().orders().getOrder(null).execute());

    assertTrue(e.getMessage().contains("\"uuid\""), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void orderStatusPatchIsSentExactlyOnceOn503() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, seed("order.json")));

    assertThrows(ApiHttpException.ServerErrorException.class,
        () -> client.calls().orders().updateOrderStatus(ID, approve()).execute());

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void orderStatusPatchIsSentExactlyOnceWhenTheConnectionDrops() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, seed("order.json")));

    assertThrows(ApiConnectionException.class,
        () -> client.calls().orders().updateOrderStatus(ID, approve()).execute());

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void getIsRetriedAfter503ThenSucceeds() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, seed("order.json")));

    Order order = client.calls().orders().getOrder(ID).execute().body().getData();

    assertEquals(ID, order.getId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void getIsRetriedAfterDroppedConnectionThenSucceeds() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, seed("order.json")));

    assertEquals(ID, client.calls().orders().getOrder(ID).execute().body().getData().getId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void retryAfterLongerThanAllowedEndsTheRetries() {
    server.enqueue(json(429, "{\"error\":\"RATE\",\"message\":\"slow down\"}").setHeader("Retry-After", "3600"));

    ApiHttpException e = assertThrows(ApiHttpException.RateLimitedException.class,
        () -> client.calls().dealers().listDealers().execute());

    assertEquals("RATE", e.errorCode());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void redirectIsNotFollowedSoTheTokenStaysHome() {
    server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "https://evil.example.com/steal"));

    ApiHttpException e = assertThrows(ApiHttpException.class, () -> client.calls().dealers().listDealers().execute());

    assertEquals(302, e.statusCode());
    assertEquals(1, server.getRequestCount());
  }
}
