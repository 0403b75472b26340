package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.TOKEN;
import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static dev.apiclients.cyclis.CyclisTestServer.seed;
import static dev.apiclients.runtime.testing.CallKey.key;
import static dev.apiclients.runtime.testing.CallKey.uuid;
import static dev.apiclients.runtime.testing.ConcurrentLoad.expect;
import static dev.apiclients.runtime.testing.PlannedLoad.scenarios;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.apiclients.cyclis.model.CallbackRegistration;
import dev.apiclients.cyclis.model.CallbackRegistrationAttributes;
import dev.apiclients.cyclis.model.CallbackRegistrationRequest;
import dev.apiclients.cyclis.model.CallbackType;
import dev.apiclients.cyclis.model.CompanyList;
import dev.apiclients.cyclis.model.CyclistCreate;
import dev.apiclients.cyclis.model.CyclistCreateAttributes;
import dev.apiclients.cyclis.model.CyclistCreateRequest;
import dev.apiclients.cyclis.model.CyclistDocument;
import dev.apiclients.cyclis.model.CyclistList;
import dev.apiclients.cyclis.model.CyclistPatch;
import dev.apiclients.cyclis.model.CyclistPatchAttributes;
import dev.apiclients.cyclis.model.CyclistPatchRequest;
import dev.apiclients.cyclis.model.CyclistRelationships;
import dev.apiclients.cyclis.model.CyclistType;
import dev.apiclients.cyclis.model.DealerList;
import dev.apiclients.cyclis.model.OrderDocument;
import dev.apiclients.cyclis.model.OrderList;
import dev.apiclients.cyclis.model.OrderStatusChange;
import dev.apiclients.cyclis.model.OrderStatusUpdate;
import dev.apiclients.cyclis.model.OrderStatusUpdateAttributes;
import dev.apiclients.cyclis.model.OrderStatusUpdateRequest;
import dev.apiclients.cyclis.model.OrderType;
import dev.apiclients.cyclis.model.RegisteredCallbackDocument;
import dev.apiclients.cyclis.model.Relationship;
import dev.apiclients.cyclis.model.ResourceIdentifier;
import dev.apiclients.runtime.testing.CallKey;
import dev.apiclients.runtime.testing.CloseChecks;
import dev.apiclients.runtime.testing.ConcurrentLoad;
import dev.apiclients.runtime.testing.ConcurrentLoad.Scenario;
import dev.apiclients.runtime.testing.PlannedLoad;
import dev.apiclients.runtime.testing.PlannedLoad.Mix;
import dev.apiclients.runtime.testing.QuietServerLog;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import okhttp3.Request;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One client shared by 16 threads making 8 000 calls at once, reads and writes, some failing on
 * purpose: every call ends exactly as planned, the server sees exactly the planned requests
 * (retries included), and {@code close()} leaves no thread and no connection behind.
 *
 * <p>Each call carries its {@link CallKey} in the request (a UUID, a filter, a body field), so the
 * server knows how to answer it and the test knows what the caller must see.
 */
@ExtendWith(QuietServerLog.class)
class CyclisConcurrencyTest {
  private static final UUID COMPANY = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
  private static final String SEED_ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08";
  private static final Pattern UUID_SEGMENT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static final String COMPANIES = seed("company-list.json");
  private static final String CYCLISTS = seed("cyclist-list.json");
  private static final String CYCLIST = seed("cyclist.json");
  private static final String DEALERS = seed("dealer-list.json");
  private static final String ORDERS = seed("order-list.json");
  private static final String ORDER = seed("order.json");
  private static final String CALLBACK = seed("callback.json");

  /**
   * The operations of the load and the scenarios each meets, in turn: failures only where the
   * operation can meet them (a retried 503 only for GETs, a one-shot 503 only for POST and PATCH).
   */
  private static final List<Mix<CyclisClient>> MIXES = Arrays.asList(
      new Mix<>(null, (client, n, scenario, async) -> {
        CompanyList companies = expect(scenario, client.calls().companies().listCompanies(), async);
        assertEquals(COMPANY, companies.getData().get(0).getId());
      }),
      new Mix<>(null, (client, n, scenario, async) -> {
        DealerList dealers = expect(scenario, client.calls().dealers().listDealers(), async);
        assertEquals("The Dealer", dealers.getData().get(0).getAttributes().getName());
      }),
      new Mix<>(null, (client, n, scenario, async) ->
          assertNull(expect(scenario, client.calls().callbacks().deleteCallback(), async))),
      new Mix<>(scenarios(Scenario.OK, Scenario.FLAKY), (client, n, scenario, async) -> {
        String email = key(n, scenario) + "@example.com";
        CyclistList cyclists = expect(scenario, client.calls().cyclists().listCyclists(COMPANY, email), async);
        if (cyclists != null) {
          assertEquals(email, cyclists.getData().get(0).getAttributes().getEmail());
        }
      }),
      new Mix<>(scenarios(Scenario.OK, Scenario.FLAKY, Scenario.NOT_FOUND), (client, n, scenario, async) -> {
        UUID id = uuid(n, scenario);
        CyclistDocument cyclist = expect(scenario, client.calls().cyclists().getCyclist(id), async);
        if (cyclist != null) {
          assertEquals(id, cyclist.getData().getId());
        }
      }),
      new Mix<>(scenarios(Scenario.OK, Scenario.UNPROCESSABLE, Scenario.UNAVAILABLE), (client, n, scenario, async) -> {
        CyclistDocument created =
            expect(scenario, client.calls().cyclists().createCyclist(newCyclist(key(n, scenario))), async);
        if (created != null) {
          assertEquals(key(n, scenario), created.getData().getAttributes().getExternalIdentifier());
        }
      }),
      new Mix<>(scenarios(Scenario.OK, Scenario.BAD_REQUEST, Scenario.NOT_FOUND, Scenario.UNAVAILABLE),
          (client, n, scenario, async) -> {
            UUID id = uuid(n, scenario);
            CyclistPatchRequest patch = new CyclistPatchRequest().data(new CyclistPatch()
                .type(CyclistType.CYCLIST).attributes(new CyclistPatchAttributes().active(n % 2 == 0)));
            CyclistDocument updated = expect(scenario, client.calls().cyclists().updateCyclist(id, patch), async);
            if (updated != null) {
              assertEquals(id, updated.getData().getId());
            }
          }),
      new Mix<>(scenarios(Scenario.OK, Scenario.FLAKY), (client, n, scenario, async) -> {
        UUID cyclist = uuid(n, scenario);
        OrderList orders = expect(scenario, client.calls().orders().listOrders(COMPANY, cyclist, null), async);
        if (orders != null) {
          assertEquals(cyclist, orders.getData().get(0).getRelationships().getCyclist().getData().getId());
        }
      }),
      new Mix<>(scenarios(Scenario.OK, Scenario.FLAKY, Scenario.NOT_FOUND), (client, n, scenario, async) -> {
        UUID id = uuid(n, scenario);
        OrderDocument order = expect(scenario, client.calls().orders().getOrder(id), async);
        if (order != null) {
          assertEquals(id, order.getData().getId());
        }
      }),
      new Mix<>(scenarios(Scenario.OK, Scenario.FORBIDDEN, Scenario.UNPROCESSABLE, Scenario.UNAVAILABLE),
          (client, n, scenario, async) -> {
            UUID id = uuid(n, scenario);
            OrderStatusUpdateRequest approve = new OrderStatusUpdateRequest().data(new OrderStatusUpdate()
                .id(id).type(OrderType.ORDER)
                .attributes(new OrderStatusUpdateAttributes().status(OrderStatusChange.HR_CONFIRM)));
            OrderDocument order = expect(scenario, client.calls().orders().updateOrderStatus(id, approve), async);
            if (order != null) {
              assertEquals(id, order.getData().getId());
            }
          }),
      new Mix<>(scenarios(Scenario.OK, Scenario.BAD_REQUEST), (client, n, scenario, async) -> {
        CallbackRegistrationRequest register = new CallbackRegistrationRequest().data(new CallbackRegistration()
            .type(CallbackType.ORDER_CALLBACK).attributes(new CallbackRegistrationAttributes()
                .url(URI.create("https://hooks.example.com/" + key(n, scenario)))));
        RegisteredCallbackDocument callback = expect(scenario, client.calls().callbacks().registerCallback(register), async);
        if (callback != null) {
          assertEquals(new UUID(0, n), callback.getData().getAttributes().getUuid());
        }
      }));

  private final MockWebServer server = ConcurrentLoad.server();
  private final PlannedLoad<CyclisClient> plan = new PlannedLoad<>(MIXES);

  @BeforeEach
  void setUp() throws Exception {
    server.setDispatcher(new Routes());
    server.start();
  }

  @AfterEach
  void tearDown() throws Exception {
    server.shutdown();
  }

  @Test
  void sharedClientEndsEveryCallAsPlannedAndCloseReleasesThreadsAndConnections() throws Exception {
    CloseChecks.assertCloseReleasesEverything(() -> clientFor(server).build(), this::loadAsPlanned);
  }

  @Test
  void callerSuppliedClientKeepsItsThreadsAndConnectionsAfterClose() throws Exception {
    Request stillWorks = new Request.Builder().url(server.url("/dealers")).header("API-TOKEN", TOKEN).build();

    CloseChecks.assertCloseLeavesTheCallersClient(supplied -> clientFor(server).okHttpClient(supplied).build(),
        this::loadAsPlanned, stillWorks);
  }

  /**
   * Every call ends as planned and reached the server as often as planned: GETs retried once after
   * a 503, writes never.
   */
  private void loadAsPlanned(CyclisClient client) throws Exception {
    plan.assertEveryCallEndsAsPlanned(n -> plan.call(client, n));
    plan.assertServerSawThePlannedRequests(server.getRequestCount());
  }

  private static CyclistCreateRequest newCyclist(String externalIdentifier) {
    return new CyclistCreateRequest().data(new CyclistCreate()
        .type(CyclistType.CYCLIST)
        .attributes(new CyclistCreateAttributes().firstName("John").lastName("Doe").email("user@example.com")
            .lang("en_US").externalIdentifier(externalIdentifier))
        .relationships(new CyclistRelationships()
            .company(new Relationship().data(new ResourceIdentifier().type("company").id(COMPANY)))));
  }

  /** Answers by method and path; a call's key decides between its success and its planned failure. */
  private final class Routes extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (!TOKEN.equals(request.getHeader("API-TOKEN"))) {
        return json(418, "{\"error\":\"TEAPOT\",\"message\":\"API-TOKEN missing or wrong\"}");
      }
      String path = request.getRequestUrl().encodedPath();
      String route = request.getMethod() + " " + UUID_SEGMENT.matcher(path).replaceAll("{uuid}");
      String body = request.getBody().readUtf8();
      String pathId = path.substring(path.lastIndexOf('/') + 1);
      String cyclistId = request.getRequestUrl().queryParameter("cyclist_id");

      CallKey key;
      if (route.endsWith("{uuid}") || cyclistId != null) {
        key = CallKey.of(UUID.fromString(cyclistId != null ? cyclistId : pathId));
      } else {
        key = CallKey.find(request.getRequestUrl() + " " + body);
        if (key == null) {
          return success(route, request, null);
        }
      }
      int status = plan.status(key);
      return status == 0 ? success(route, request, key) : failure(status);
    }

    /** The operation's success answer; {@code key} is null for the operations that cannot carry one. */
    private MockResponse success(String route, RecordedRequest request, CallKey key) {
      String path = request.getRequestUrl().encodedPath();
      String id = path.substring(path.lastIndexOf('/') + 1);
      switch (route) {
        case "GET /companies":
          return json(200, COMPANIES);
        case "GET /dealers":
          return json(200, DEALERS);
        case "DELETE /callback":
          return new MockResponse().setResponseCode(204);
        case "GET /cyclists":
          return json(200,
              CYCLISTS.replace("user@example.com", request.getRequestUrl().queryParameter("filter[email]")));
        case "POST /cyclists":
          return json(201,
              CYCLIST.replace("\"external_identifier\":\"string\"", "\"external_identifier\":\"" + key + "\""));
        case "GET /cyclists/{uuid}":
        case "PATCH /cyclists/{uuid}":
          return json(200, CYCLIST.replaceFirst(SEED_ID, id));
        case "GET /orders":
          return json(200, ORDERS.replace(SEED_ID, request.getRequestUrl().queryParameter("cyclist_id")));
        case "GET /orders/{uuid}":
        case "PATCH /orders/{uuid}":
          return json(200, ORDER.replaceFirst(SEED_ID, id));
        case "POST /callback":
          return json(201, CALLBACK.replace("095be615-a8ad-4c33-8e9c-c7612fbf6c9f",
              new UUID(0, key.number).toString()));
        default:
          return json(418, "{\"error\":\"TEAPOT\",\"message\":\"No route " + route + "\"}");
      }
    }

    private MockResponse failure(int status) {
      switch (status) {
        case 400:
          return json(400, "{\"error\":\"INVALID\",\"message\":\"Bad input\"}");
        case 403:
          return json(403, "{\"data\":{\"data\":{\"error\":\"NOACC\",\"message\":\"Your API token is not allowed\"}}}");
        case 404:
          return json(404, "{\"error\":\"NOTFOUND\",\"message\":\"No such resource\"}");
        case 422:
          return json(422, "{\"error\":\"INVALID\",\"message\":\"Not in this state\"}");
        default:
          return new MockResponse().setResponseCode(status).setHeader("Content-Type", "text/html")
              .setBody("<html><body>Service Unavailable</body></html>");
      }
    }
  }
}
