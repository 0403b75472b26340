package dev.apiclients.cyclis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclis.api.OrdersApiService.ListOrdersParams;
import dev.apiclients.cyclis.model.CyclistPatch;
import dev.apiclients.cyclis.model.CyclistPatchAttributes;
import dev.apiclients.cyclis.model.CyclistPatchRequest;
import dev.apiclients.cyclis.model.OrderDocument;
import dev.apiclients.cyclis.model.OrderStatusChange;
import dev.apiclients.cyclis.model.OrderStatusUpdate;
import dev.apiclients.cyclis.model.OrderStatusUpdateAttributes;
import dev.apiclients.cyclis.model.OrderStatusUpdateRequest;
import dev.apiclients.cyclis.model.OrderType;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.RetryPolicy;
import dev.apiclients.runtime.testing.ServedClient;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated services: named query parameters with java.time values, bodies built by builders
 * with the JSON:API envelope filled in, checks before sending, and the async view sharing the sync
 * call's retries and typed errors.
 */
class CyclisServicesTest {
  private static final UUID ORDER = UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
  private static final UUID COMPANY = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");
  private static final UUID CYCLIST = UUID.fromString("11111111-2222-3333-4444-555555555555");
  private static final String ORDER_JSON = "{\"data\":{\"id\":\"" + ORDER + "\",\"type\":\"order\","
      + "\"attributes\":{\"name\":\"SO12345\",\"state\":\"quote\"}}}";
  private static final OrderStatusUpdateAttributes APPROVE =
      OrderStatusUpdateAttributes.builder().status(OrderStatusChange.CYCLIST_CONFIRM).build();

  @RegisterExtension
  final ServedClient<CyclisClient> served = ServedClient.start(server -> CyclisClient.builder()
        .baseUrl(server.url("/").toString())
        .apiToken("token")
        .retryPolicy(RetryPolicy.builder().maxRetries(2).initialBackoffMillis(1).build())
        .build());
  private final MockWebServer server = served.server();
  private final CyclisClient cyclis = served.client();

  @Test
  void listOrdersSendsEachNamedParameterAndALocalDateTimeWithSeconds() throws Exception {
    server.enqueue(json(200, "{\"data\":[]}"));

    cyclis.orders().listOrders(ListOrdersParams.builder()
        .cyclistId(CYCLIST)
        .companyId(COMPANY)
        .updatedSince(LocalDateTime.of(2021, 12, 15, 10, 30))
        .build());

    assertEquals("GET /orders?company_id=" + COMPANY + "&cyclist_id=" + CYCLIST
        + "&updated_since=2021-12-15T10%3A30%3A00 HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void listOrdersWithoutParametersSendsNoQuery() throws Exception {
    server.enqueue(json(200, "{\"data\":[]}"));

    cyclis.orders().listOrders();

    assertEquals("GET /orders HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void paramsToBuilderChangesACopyOnly() throws Exception {
    ListOrdersParams since = ListOrdersParams.builder().updatedSince(LocalDate.of(2021, 12, 30)).build();
    ListOrdersParams sinceForCompany = since.toBuilder().companyId(COMPANY).build();
    server.enqueue(json(200, "{\"data\":[]}"));
    server.enqueue(json(200, "{\"data\":[]}"));

    cyclis.orders().listOrders(since);
    cyclis.orders().listOrders(sinceForCompany);

    assertEquals("GET /orders?updated_since=2021-12-30 HTTP/1.1", server.takeRequest().getRequestLine());
    assertEquals("GET /orders?company_id=" + COMPANY + "&updated_since=2021-12-30 HTTP/1.1",
        server.takeRequest().getRequestLine());
  }

  @Test
  void aBodyNamingAnotherOrderThanThePathIsRefusedBeforeSending() {
    OrderStatusUpdateRequest otherOrder = OrderStatusUpdateRequest.builder()
        .data(OrderStatusUpdate.builder().id(COMPANY).attributes(APPROVE).build())
        .build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cyclis.orders().updateOrderStatus(ORDER, otherOrder));

    assertEquals("updateOrderStatus: the body's data.id " + COMPANY + " differs from the path's " + ORDER
        + "; nothing was sent", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aBodyNamingAnotherCyclistThanThePathIsRefusedBeforeSending() {
    CyclistPatchRequest otherCyclist = CyclistPatchRequest.builder()
        .data(CyclistPatch.builder().id(COMPANY)
            .attributes(CyclistPatchAttributes.builder().firstName("Jane").build()).build())
        .build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cyclis.cyclists().updateCyclist(CYCLIST, otherCyclist));

    assertEquals("updateCyclist: the body's data.id " + COMPANY + " differs from the path's " + CYCLIST
        + "; nothing was sent", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void buildNamesTheMissingRequiredField() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> OrderStatusUpdateAttributes.builder().costCenter("CC1").build());

    assertEquals("Missing required field 'status' in OrderStatusUpdateAttributes", e.getMessage());
  }

  @Test
  void aSingleValuedTypeIsFilledIn() {
    OrderStatusUpdate update = OrderStatusUpdate.builder().id(ORDER).attributes(APPROVE).build();

    assertSame(OrderType.ORDER, update.getType());
  }

  @Test
  void toBuilderMakesAChangedCopyAndLeavesTheOriginal() {
    OrderStatusUpdateAttributes withCostCenter = APPROVE.toBuilder().costCenter("CC12345").build();

    assertEquals("CC12345", withCostCenter.getCostCenter());
    assertEquals(OrderStatusChange.CYCLIST_CONFIRM, withCostCenter.getStatus());
    assertEquals(null, APPROVE.getCostCenter());
  }

  @Test
  void aNullArgumentIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cyclis.cyclists().createCyclist(null, null));

    assertEquals("companyId must not be null; nothing was sent", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void asyncCompletesWithTheBodyOnAnOkHttpThread() throws Exception {
    // The answer waits until the stage below is attached: a stage attached to a future already
    // complete would run on this thread instead, and the test would say nothing about OkHttp's.
    CountDownLatch attached = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        attached.await(5, TimeUnit.SECONDS);
        return json(200, ORDER_JSON);
      }
    });
    AtomicReference<String> thread = new AtomicReference<>();

    CompletableFuture<OrderDocument> order = cyclis.async().orders().getOrder(ORDER);
    CompletableFuture<String> stage = order.thenApply(o -> {
      thread.set(Thread.currentThread().getName());
      return o.getData().getAttributes().getName();
    });
    attached.countDown();
    String name = stage.get(5, TimeUnit.SECONDS);

    assertEquals("SO12345", name);
    assertTrue(thread.get().startsWith("OkHttp"), thread.get());
    assertEquals("GET /orders/" + ORDER + " HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void asyncRetriesAGetLikeTheSyncCall() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(json(200, ORDER_JSON));

    OrderDocument order = cyclis.async().orders().getOrder(ORDER).get(5, TimeUnit.SECONDS);

    assertEquals(ORDER, order.getData().getId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void asyncFailsWithTheTypedErrorAndSendsAPatchOnce() throws Exception {
    server.enqueue(json(403, "{\"data\":{\"data\":{\"error\":\"NOACC\",\"message\":\"Not yours.\"}}}"));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> cyclis.async().orders().updateOrderStatus(ORDER, APPROVE).get(5, TimeUnit.SECONDS));

    ApiHttpException.ForbiddenException forbidden = (ApiHttpException.ForbiddenException) e.getCause();
    assertEquals("NOACC", forbidden.errorCode());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void asyncRefusesInvalidArgumentsAtOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cyclis.async().orders().getOrder(null));

    assertEquals("uuid must not be null; nothing was sent", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }
}
