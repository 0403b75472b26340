package dev.apiclients.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclis.model.CyclistDocument;
import dev.apiclients.cyclis.model.CyclistList;
import dev.apiclients.cyclis.model.OrderDocument;
import dev.apiclients.cyclis.model.OrderList;
import dev.apiclients.runtime.ApiHttpException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Runs each Cyclis sample against MockWebServer and checks what it sent and what it returned. */
class CyclisSamplesTest {
  private static final String TOKEN = "sample-token";
  private static final UUID COMPANY = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");
  private static final UUID CYCLIST = UUID.fromString("11111111-2222-3333-4444-555555555555");
  private static final UUID ORDER = UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
  private static final String ORDER_JSON = "{\"data\":{\"id\":\"" + ORDER + "\",\"type\":\"order\","
      + "\"attributes\":{\"name\":\"SO12345\",\"state\":\"approved_cyclist\"}}}";

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void listCyclistsByEmailFiltersOnTheEmail() throws Exception {
    server.enqueue(json(200, "{\"data\":[{\"id\":\"" + CYCLIST + "\",\"type\":\"cyclist\","
        + "\"attributes\":{\"first_name\":\"John\",\"email\":\"user@example.com\"}}]}"));

    CyclistList cyclists = ListCyclistsByEmail.run(baseUrl(), TOKEN, "user@example.com");

    assertEquals(CYCLIST, cyclists.getData().get(0).getId());
    RecordedRequest request = server.takeRequest();
    assertEquals("GET /cyclists?filter%5Bemail%5D=user%40example.com HTTP/1.1", request.getRequestLine());
    assertEquals(TOKEN, request.getHeader("API-TOKEN"));
  }

  @Test
  void listOrdersSinceDateSendsTheCompanyAndTheDate() throws Exception {
    server.enqueue(json(200, "{\"data\":[]}"));

    OrderList orders = ListOrdersSinceDate.run(baseUrl(), TOKEN, COMPANY, LocalDate.of(2021, 12, 30));

    assertEquals(0, orders.getData().size());
    assertEquals("GET /orders?company_id=" + COMPANY + "&updated_since=2021-12-30 HTTP/1.1",
        server.takeRequest().getRequestLine());
  }

  @Test
  void approveOrderPatchesTheStatusInAJsonApiEnvelope() throws Exception {
    server.enqueue(json(200, ORDER_JSON));

    OrderDocument order = ApproveOrder.run(baseUrl(), TOKEN, ORDER);

    assertEquals("approved_cyclist", order.getData().getAttributes().getState().value());
    RecordedRequest request = server.takeRequest();
    assertEquals("PATCH /orders/" + ORDER + " HTTP/1.1", request.getRequestLine());
    // Moshi writes properties in name order.
    assertEquals("{\"data\":{\"attributes\":{\"status\":\"cyclist_confirm\"},\"id\":\"" + ORDER + "\",\"type\":\"order\"}}",
        request.getBody().readUtf8());
  }

  @Test
  void createCyclistPostsAttributesAndTheCompanyRelationship() throws Exception {
    server.enqueue(json(201, "{\"data\":{\"id\":\"" + CYCLIST + "\",\"type\":\"cyclist\",\"attributes\":{}}}"));

    CyclistDocument created = CreateCyclist.run(baseUrl(), TOKEN, COMPANY, "john.doe@example.com");

    assertEquals(CYCLIST, created.getData().getId());
    RecordedRequest request = server.takeRequest();
    assertEquals("POST /cyclists HTTP/1.1", request.getRequestLine());
    assertEquals("{\"data\":{\"attributes\":{\"email\":\"john.doe@example.com\",\"first_name\":\"John\","
            + "\"lang\":\"en_US\",\"last_name\":\"Doe\",\"send_reset_password\":true},"
            + "\"relationships\":{\"company\":{\"data\":{\"id\":\"" + COMPANY + "\",\"type\":\"company\"}}},"
            + "\"type\":\"cyclist\"}}",
        request.getBody().readUtf8());
  }

  @Test
  void registerCallbackUrlClearsTheOldOneThenRegistersTheReceiverWithANewSecretItDoesNotPrint(@TempDir Path dir)
      throws Throwable {
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(json(201, "{\"data\":{\"type\":\"orderCallback\",\"attributes\":{\"uuid\":\"" + ORDER + "\"}}}"));
    Path secretFile = dir.resolve("callback-secret");
    Files.write(secretFile, "the old secret".getBytes(StandardCharsets.UTF_8));

    String printed = printedBy(() -> RegisterCallbackUrl.run(baseUrl(), TOKEN,
        "https://hooks.example.com/cyclis/callbacks", secretFile));

    String secret = new String(Files.readAllBytes(secretFile), StandardCharsets.UTF_8);
    assertTrue(secret.matches("[0-9a-f]{64}"), secret);
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(secretFile));
    assertEquals("DELETE /callback HTTP/1.1", server.takeRequest().getRequestLine());
    RecordedRequest register = server.takeRequest();
    assertEquals("POST /callback HTTP/1.1", register.getRequestLine());
    assertEquals("{\"data\":{\"attributes\":{\"url\":\"https://hooks.example.com/cyclis/callbacks/" + secret + "\"},"
        + "\"type\":\"orderCallback\"}}", register.getBody().readUtf8());
    assertEquals("Registered https://hooks.example.com/cyclis/callbacks/<secret>; the secret is in " + secretFile
        + System.lineSeparator(), printed);
  }

  /** What {@code run} prints to System.out. */
  private static String printedBy(Executable run) throws Throwable {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, "UTF-8"));
    try {
      run.execute();
    } finally {
      System.setOut(out);
    }
    return new String(printed.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void asyncCallsCombinesTwoConcurrentAnswers() throws Exception {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getPath().startsWith("/companies")
            ? json(200, "{\"data\":[{\"id\":\"" + COMPANY + "\",\"type\":\"company\",\"attributes\":{}}]}")
            : json(200, "{\"data\":[]}");
      }
    });

    String summary = AsyncCalls.run(baseUrl(), TOKEN, CYCLIST);

    assertEquals("1 companies, 0 orders of the cyclist", summary);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void errorHandlingRetriesA503ThenReadsTheOrder() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0"));
    server.enqueue(json(200, ORDER_JSON));

    assertEquals("state approved_cyclist", ErrorHandlingWithRetries.run(baseUrl(), TOKEN, ORDER));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void errorHandlingTellsANotFoundApart() throws Exception {
    server.enqueue(json(404, "{\"error\":\"NOTFOUND\",\"message\":\"No such order.\"}"));

    assertEquals("no order " + ORDER, ErrorHandlingWithRetries.run(baseUrl(), TOKEN, ORDER));
  }

  @Test
  void errorHandlingReportsAProviderErrorCode() throws Exception {
    server.enqueue(json(403, "{\"error\":\"NOACC\",\"message\":\"Not yours.\"}"));

    assertEquals("HTTP 403 NOACC: Not yours.", ErrorHandlingWithRetries.run(baseUrl(), TOKEN, ORDER));
  }

  @Test
  void errorHandlingReadsTheRetryAfterTheServerAskedFor() throws Exception {
    server.enqueue(json(429, "{\"error\":\"RATE\",\"message\":\"Slow down.\"}").setHeader("Retry-After", "120"));

    assertEquals("rate limited, try again in 120 s", ErrorHandlingWithRetries.run(baseUrl(), TOKEN, ORDER));
    assertEquals(1, server.getRequestCount(), "a wait beyond the policy's 5 s is not retried");
  }

  @Test
  void errorHandlingSaysTryLaterWhenARateLimitNamesNoWait() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(429, "{\"error\":\"RATE\",\"message\":\"Slow down.\"}"));
    }

    assertEquals("rate limited, try later", ErrorHandlingWithRetries.run(baseUrl(), TOKEN, ORDER));
  }

  @Test
  void asyncCallsFailureIsTheBlockingCallsExceptionInsideACompletionException() throws Exception {
    server.enqueue(json(404, "{\"error\":\"NOTFOUND\",\"message\":\"No such company.\"}"));
    server.enqueue(json(200, "{\"data\":[]}"));

    CompletionException thrown = assertThrows(CompletionException.class, () -> AsyncCalls.run(baseUrl(), TOKEN, CYCLIST));

    assertInstanceOf(ApiHttpException.class, thrown.getCause());
    assertEquals(404, ((ApiHttpException) thrown.getCause()).statusCode());
  }

  private String baseUrl() {
    return server.url("/").toString();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

}
