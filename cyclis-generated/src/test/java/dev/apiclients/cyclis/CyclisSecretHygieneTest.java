package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.TOKEN;
import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static dev.apiclients.cyclis.CyclisTestServer.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclis.model.CallbackRegistration;
import dev.apiclients.cyclis.model.CallbackRegistrationAttributes;
import dev.apiclients.cyclis.model.CallbackRegistrationRequest;
import dev.apiclients.cyclis.model.CallbackType;
import dev.apiclients.cyclis.model.CyclistCreate;
import dev.apiclients.cyclis.model.CyclistCreateAttributes;
import dev.apiclients.cyclis.model.CyclistCreateRequest;
import dev.apiclients.cyclis.model.CyclistPatch;
import dev.apiclients.cyclis.model.CyclistPatchAttributes;
import dev.apiclients.cyclis.model.CyclistPatchRequest;
import dev.apiclients.cyclis.model.CyclistRelationships;
import dev.apiclients.cyclis.model.CyclistType;
import dev.apiclients.cyclis.model.OrderStatusChange;
import dev.apiclients.cyclis.model.OrderStatusUpdate;
import dev.apiclients.cyclis.model.OrderStatusUpdateAttributes;
import dev.apiclients.cyclis.model.OrderStatusUpdateRequest;
import dev.apiclients.cyclis.model.OrderType;
import dev.apiclients.cyclis.model.Relationship;
import dev.apiclients.cyclis.model.ResourceIdentifier;
import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiLogger;
import dev.apiclients.runtime.testing.ScannedOperation;
import dev.apiclients.runtime.testing.SecretHygieneContract;
import dev.apiclients.runtime.testing.SecretScan;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Call;

/**
 * The API token and the secret in the callback URL never show where a caller or an operator can
 * read them: not in a BODY-level log line, a {@code toString()}, an exception message, a raw body or
 * a printed stack trace, whatever the server answers, for every operation.
 */
class CyclisSecretHygieneTest extends SecretHygieneContract {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");
  private static final UUID COMPANY = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
  /** The secret path segment of the callback URL, which authenticates the callbacks Cyclis sends. */
  private static final String CALLBACK_SECRET = "c4llb4ck-s3cret-9e2d";

  private static final CyclistCreateRequest NEW_CYCLIST = new CyclistCreateRequest().data(new CyclistCreate()
      .type(CyclistType.CYCLIST)
      .attributes(new CyclistCreateAttributes().firstName("John").lastName("Doe").email("user@example.com")
          .lang("en_US"))
      .relationships(new CyclistRelationships()
          .company(new Relationship().data(new ResourceIdentifier().type("company").id(COMPANY)))));
  private static final CyclistPatchRequest DEACTIVATE = new CyclistPatchRequest().data(new CyclistPatch()
      .type(CyclistType.CYCLIST).attributes(new CyclistPatchAttributes().active(false)));
  private static final OrderStatusUpdateRequest APPROVE = new OrderStatusUpdateRequest().data(new OrderStatusUpdate()
      .id(ID).type(OrderType.ORDER)
      .attributes(new OrderStatusUpdateAttributes().status(OrderStatusChange.CYCLIST_CONFIRM)));
  private static final CallbackRegistrationRequest REGISTER = new CallbackRegistrationRequest()
      .data(new CallbackRegistration().type(CallbackType.ORDER_CALLBACK)
          .attributes(new CallbackRegistrationAttributes()
              .url(URI.create("https://hooks.example.com/cyclis/" + CALLBACK_SECRET))));

  /** Every operation, with a success answer and an error answer of a status it can meet. */
  private static final List<Operation> OPERATIONS = Arrays.asList(
      new Operation("CompaniesApi.listCompanies", null, c -> c.calls().companies().listCompanies(),
          200, seed("company-list.json"), 401, "{\"error\":\"UNAUTHORIZED\",\"message\":\"Invalid API token\"}"),
      new Operation("CyclistsApi.listCyclists", null, c -> c.calls().cyclists().listCyclists(COMPANY, "user@example.com"),
          200, seed("cyclist-list.json"), 400, "{\"error\":\"INVALID\",\"message\":\"Bad filter\"}"),
      new Operation("CyclistsApi.createCyclist", NEW_CYCLIST, c -> c.calls().cyclists().createCyclist(NEW_CYCLIST),
          201, seed("cyclist.json"), 422, "{\"error\":\"INVALID\",\"message\":\"Email already in use\"}"),
      new Operation("CyclistsApi.getCyclist", null, c -> c.calls().cyclists().getCyclist(ID),
          200, seed("cyclist.json"), 404, "{\"error\":\"NOTFOUND\",\"message\":\"No such cyclist\"}"),
      new Operation("CyclistsApi.updateCyclist", DEACTIVATE, c -> c.calls().cyclists().updateCyclist(ID, DEACTIVATE),
          200, seed("cyclist.json"), 400, "{\"error\":\"INVALID\",\"message\":\"Bad email\"}"),
      new Operation("DealersApi.listDealers", null, c -> c.calls().dealers().listDealers(),
          200, seed("dealer-list.json"), 500, "<html><body>Internal Server Error</body></html>"),
      new Operation("OrdersApi.listOrders", null, c -> c.calls().orders().listOrders(COMPANY, ID, "2021-12-30"),
          200, seed("order-list.json"), 429, "{\"error\":\"RATE\",\"message\":\"Slow down\"}"),
      new Operation("OrdersApi.getOrder", null, c -> c.calls().orders().getOrder(ID),
          200, seed("order.json"), 404, "{\"error\":\"NOTFOUND\",\"message\":\"No such order\"}"),
      new Operation("OrdersApi.updateOrderStatus", APPROVE, c -> c.calls().orders().updateOrderStatus(ID, APPROVE),
          200, seed("order.json"), 403,
          "{\"data\":{\"data\":{\"error\":\"NOACC\",\"message\":\"Your API token is not allowed to edit ...\"}}}"),
      new Operation("CallbacksApi.registerCallback", REGISTER, c -> c.calls().callbacks().registerCallback(REGISTER),
          201, seed("callback.json"), 409, "{\"error\":\"CONFLICT\",\"message\":\"A callback is active\"}"),
      new Operation("CallbacksApi.deleteCallback", null, c -> c.calls().callbacks().deleteCallback(),
          204, "", 503, "<html><body>Service Unavailable</body></html>"));

  /** What the server does with every request of a case. */
  enum Answer {
    SUCCESS,
    ERROR,
    /** The connection closes after the request: the failure is the client's own, with its log line. */
    CONNECTION_DROPPED
  }

  CyclisSecretHygieneTest() {
    super(CyclisCalls.class, 11, OPERATIONS);
  }

  static Stream<Arguments> everyOperationAndAnswer() {
    return ScannedOperation.everyOperationAndAnswer(OPERATIONS, Answer.values());
  }

  @ParameterizedTest(name = "{0} answered with {1}")
  @MethodSource("everyOperationAndAnswer")
  void tokenShowsNowhere(Operation operation, Answer answer) throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        switch (answer) {
          case SUCCESS:
            return json(operation.successStatus, operation.successBody);
          case ERROR:
            // Longer than the retry policy waits: a 429 or 503 comes straight back to the caller.
            return json(operation.errorStatus, operation.errorBody).setHeader("Retry-After", "3600");
          default:
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
      }
    });
    SecretScan scan = new SecretScan(TOKEN, CALLBACK_SECRET);
    CyclisClient.Builder builder = clientFor(server).logger(lines::add, ApiLogger.Level.BODY);
    scan.text("builder", builder.toString());

    try (CyclisClient client = builder.build()) {
      scan.text("client", client.toString());
      scan.text("request model", String.valueOf(operation.requestModel));
      Class<? extends ApiException> expectedFailure = answer == Answer.SUCCESS ? null
          : answer == Answer.ERROR ? operation.errorType()
          : ApiConnectionException.class;
      operation.callAndScan(client, scan, expectedFailure);
    }

    scan.lines("log", lines).assertNoLeaks();
    // The header was logged, masked: the scan above looked at real log lines.
    assertTrue(lines.contains("API-TOKEN: ██"), lines::toString);
    if (operation.requestModel != null) {
      assertTrue(lines.stream().anyMatch(line -> line.startsWith("{\"data\":")), "the request body was logged");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\u00a0"})
  void tokenWithTrailingLineBreakOrNoBreakSpaceNeverReachesAnExceptionMessage(String trailer) throws Exception {
    // A token read from a file often ends in a line break; one copied from a web page may end in a
    // no-break space. Neither can be a header value, and OkHttp's refusal quotes the value.
    server.enqueue(json(200, seed("dealer-list.json")));
    SecretScan scan = new SecretScan(TOKEN);

    try {
      try (CyclisClient client = clientFor(server).apiToken(TOKEN + trailer).build()) {
        scan.exception("call", assertThrows(Exception.class, () -> client.calls().dealers().listDealers().execute()));
      }
    } catch (IllegalArgumentException refusedByTheBuilder) {
      scan.exception("builder", refusedByTheBuilder);
    }

    scan.assertNoLeaks();
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void apiTokenThatCannotBeAHeaderIsRefusedWithoutEchoingIt() {
    // Refused when the client is built, not on every call, and in the words CyclrClient uses.
    IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
        () -> CyclisClient.builder().apiToken(TOKEN + "\n"));

    assertEquals("apiToken must be non-empty visible ASCII, as an HTTP header value must be", e.getMessage());
  }

  /** One operation of the client, what it sends and what the server may answer. */
  static final class Operation extends ScannedOperation<CyclisClient> {
    Operation(String name, Object requestModel, Function<CyclisClient, Call<?>> call,
        int successStatus, String successBody, int errorStatus, String errorBody) {
      super(name, requestModel, call, successStatus, successBody, errorStatus, errorBody);
    }
  }
}
