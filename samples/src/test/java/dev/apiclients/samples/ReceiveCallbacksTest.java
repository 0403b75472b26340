package dev.apiclients.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.apiclients.cyclis.CyclisCallbackEvent;
import dev.apiclients.cyclis.CyclisCallbacks;
import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.model.CompanyAccessAction;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReceiveCallbacksTest {
  private static final String SECRET = "9b2e4f0c7d1a3e5b8c6d0f2a4b6c8e0d";
  private static final String ORDER_ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08";
  private static final String COMPANY_ID = "0b9f3c2e-1d4a-4e5b-8c7d-6f5e4d3c2b1a";
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String ORDER_CALLBACK = "{\"data\":{\"type\":\"order\",\"id\":\"" + ORDER_ID + "\"}}";

  private final BlockingQueue<CyclisCallbackEvent> events = new LinkedBlockingQueue<>();
  private final OkHttpClient http = new OkHttpClient();
  private HttpServer receiver;

  @BeforeEach
  void start() throws Exception {
    receiver = ReceiveCallbacks.start(new InetSocketAddress("127.0.0.1", 0), SECRET, events);
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  @Test
  void stalledConnectionDoesNotDelayACallbackSentAfterIt() throws Exception {
    try (Socket stalled = connect()) {
      // 17 bytes of a request line, then nothing: no secret, no headers.
      stalled.getOutputStream().write("POST /cyclis/call".getBytes(StandardCharsets.US_ASCII));
      stalled.getOutputStream().flush();
      Thread.sleep(100); // the receiver starts reading it before the real callback arrives

      OkHttpClient impatient = http.newBuilder().callTimeout(Duration.ofSeconds(2)).build();
      assertEquals(204, post(impatient, SECRET, ORDER_CALLBACK));

      CyclisCallbackEvent.OrderChanged event = assertInstanceOf(CyclisCallbackEvent.OrderChanged.class, events.poll());
      assertEquals(ORDER_ID, event.orderId());
      // The stalled connection is still open: it is cut at its deadline, not before.
      stalled.setSoTimeout(100);
      assertThrows(SocketTimeoutException.class, () -> stalled.getInputStream().read());
    }
  }

  @Test
  void bodyOverTheLimitByItsContentLengthIsAnswered413WithoutReadingIt() throws Exception {
    try (Socket socket = connect()) {
      // Declares 32 MiB, sends the first bytes of it, then waits for the answer.
      write(socket, "POST /cyclis/callbacks/" + SECRET + " HTTP/1.1\r\nHost: receiver\r\n"
          + "Content-Length: " + (32 << 20) + "\r\n\r\n" + ORDER_CALLBACK);

      assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine(socket));
    }
    assertNull(events.poll());
  }

  @Test
  void chunkedBodyOverTheLimitIsAnswered413AndNotParsed() throws Exception {
    // A real callback followed by 32 MiB of whitespace: valid JSON, too long to be a callback.
    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = connect()) {
      Thread sender = sendInBackground(socket, out -> {
        out.write(("POST /cyclis/callbacks/" + SECRET + " HTTP/1.1\r\nHost: receiver\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        writeChunk(out, ORDER_CALLBACK.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 32; i++) {
          writeChunk(out, spaces);
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      });

      assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine(socket));
      socket.close();
      sender.join(TimeUnit.SECONDS.toMillis(10));
    }
    assertNull(events.poll());
  }

  @Test
  void bodyOfExactlyTheLimitIsAccepted() throws Exception {
    String body = ORDER_CALLBACK + " ".repeat(ReceiveCallbacks.MAX_BODY_BYTES - ORDER_CALLBACK.length());

    assertEquals(204, post(SECRET, body));

    CyclisCallbackEvent.OrderChanged event = assertInstanceOf(CyclisCallbackEvent.OrderChanged.class, events.poll());
    assertEquals(ORDER_ID, event.orderId());
  }

  @Test
  void slowDripHeadersAreCutAtTheDeadline() throws Exception {
    restartWithDeadline(Duration.ofMillis(500));
    try (Socket socket = connect()) {
      long start = System.nanoTime();
      Thread dripper = drip(socket, "POST /cyclis/callbacks/" + SECRET + " HTTP/1.1\r\nHost: receiver\r\nX-Slow: "
          + "a".repeat(1000));

      assertCut(socket);
      long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(elapsed >= 500 && elapsed < 3000, "cut after " + elapsed + " ms");
      dripper.interrupt();
    }
    assertNull(events.poll());
  }

  @Test
  void slowDripBodyIsCutAtTheDeadline() throws Exception {
    restartWithDeadline(Duration.ofMillis(500));
    try (Socket socket = connect()) {
      long start = System.nanoTime();
      write(socket, "POST /cyclis/callbacks/" + SECRET + " HTTP/1.1\r\nHost: receiver\r\n"
          + "Content-Length: " + ORDER_CALLBACK.length() + "\r\n\r\n");
      Thread dripper = drip(socket, ORDER_CALLBACK);

      assertCut(socket);
      long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(elapsed >= 500 && elapsed < 3000, "cut after " + elapsed + " ms");
      dripper.interrupt();
    }
    assertNull(events.poll());
  }

  @Test
  void wrongSecretWithAnOversizedBodyIsAnswered404WithoutReadingIt() throws Exception {
    try (Socket socket = connect()) {
      write(socket, "POST /cyclis/callbacks/9b2e4f0c7d1a3e5b8c6d0f2a4b6c8e0e HTTP/1.1\r\nHost: receiver\r\n"
          + "Content-Length: " + (32 << 20) + "\r\n\r\n");

      assertEquals("HTTP/1.1 404 Not Found", statusLine(socket));
    }
    assertNull(events.poll());
  }

  @Test
  void callbackIsAnswered503WhenTheQueueIsFull() throws Exception {
    BlockingQueue<CyclisCallbackEvent> full = new LinkedBlockingQueue<>(1);
    CyclisCallbackEvent waiting = CyclisCallbacks.parse(ORDER_CALLBACK);
    full.add(waiting);
    receiver.stop(0);
    receiver = ReceiveCallbacks.start(new InetSocketAddress("127.0.0.1", 0), SECRET, full);

    assertEquals(503, post(SECRET, "{\"data\":{\"type\":\"company\",\"id\":\"" + COMPANY_ID + "\"}}"));

    assertEquals(List.of(waiting), List.copyOf(full));
  }

  @Test
  void orderCallbackIsAnsweredAndQueued() throws Exception {
    assertEquals(204, post(SECRET, "{\"data\":{\"type\":\"order\",\"id\":\"" + ORDER_ID + "\"}}"));

    CyclisCallbackEvent.OrderChanged event = assertInstanceOf(CyclisCallbackEvent.OrderChanged.class, events.poll());
    assertEquals(ORDER_ID, event.orderId());
    assertNull(events.poll());
  }

  @Test
  void companyCallbackIsAnsweredAndQueued() throws Exception {
    assertEquals(204, post(SECRET,
        "{\"data\":{\"type\":\"company\",\"id\":\"" + COMPANY_ID + "\"},\"meta\":{\"action\":\"added\"}}"));

    CyclisCallbackEvent.CompanyAccessChanged event =
        assertInstanceOf(CyclisCallbackEvent.CompanyAccessChanged.class, events.poll());
    assertEquals(COMPANY_ID, event.companyId());
    assertEquals(CompanyAccessAction.ADDED, event.action());
    assertNull(events.poll());
  }

  @Test
  void unknownKindIsAnsweredAndQueuedWithItsBody() throws Exception {
    String body = "{\"data\":{\"type\":\"invoice\",\"id\":\"inv-7\"}}";

    assertEquals(204, post(SECRET, body));

    CyclisCallbackEvent.Unknown event = assertInstanceOf(CyclisCallbackEvent.Unknown.class, events.poll());
    assertEquals("invoice", event.kind());
    assertEquals(body, event.rawJson());
    assertNull(events.poll());
  }

  @Test
  void malformedBodyIsRejectedAndNothingQueued() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    System.setErr(new PrintStream(logged, true, "UTF-8"));
    try {
      assertEquals(400, post(SECRET, "{\"data\":{\"type\":\"order\",\"id\":"));
    } finally {
      System.setErr(err);
    }

    assertNull(events.poll());
    assertEquals("Callback body is not JSON: it ends at byte 29; expected a value: {\"data\":{\"type\":\"order\",\"id\":"
        + System.lineSeparator(), new String(logged.toByteArray(), StandardCharsets.UTF_8));
  }

  @Test
  void wrongOrMissingSecretIsAnswered404AndNothingQueued() throws Exception {
    String order = "{\"data\":{\"type\":\"order\",\"id\":\"" + ORDER_ID + "\"}}";

    assertEquals(404, post("9b2e4f0c7d1a3e5b8c6d0f2a4b6c8e0e", order));
    assertEquals(404, post("", order));
    assertEquals(404, post(SECRET + "/extra", order));

    assertNull(events.poll());
  }

  @Test
  void getWithTheRightSecretIsAnswered404() throws Exception {
    Request get = new Request.Builder().url(url(SECRET)).build();
    try (Response response = http.newCall(get).execute()) {
      assertEquals(404, response.code());
    }
    assertNull(events.poll());
  }

  @Test
  void workerFetchesTheOrderACallbackNames() throws Exception {
    MockWebServer cyclisApi = new MockWebServer();
    cyclisApi.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(
        "{\"data\":{\"id\":\"" + ORDER_ID + "\",\"type\":\"order\",\"attributes\":{\"state\":\"approved_cyclist\"}}}"));
    post(SECRET, "{\"data\":{\"type\":\"order\",\"id\":\"" + ORDER_ID + "\"}}");
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, "UTF-8"));
    try (CyclisClient cyclis = CyclisClient.builder()
        .baseUrl(cyclisApi.url("/").newBuilder().host("127.0.0.1").build().toString())
        .apiToken("test-token")
        .build()) {
      ReceiveCallbacks.process(events.poll(), cyclis);
    } finally {
      System.setOut(out);
      cyclisApi.shutdown();
    }

    assertEquals("GET /orders/" + ORDER_ID + " HTTP/1.1", cyclisApi.takeRequest().getRequestLine());
    assertEquals("Order " + ORDER_ID + " is now approved_cyclist" + System.lineSeparator(),
        new String(printed.toByteArray(), StandardCharsets.UTF_8));
  }

  @Test
  void missingSecretStopsTheReceiverBeforeItStarts() {
    for (Map<String, String> environment : List.of(Map.<String, String>of(), Map.of("CYCLIS_CALLBACK_SECRET", ""))) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> ReceiveCallbacks.secretFrom(environment));

      assertEquals("CYCLIS_CALLBACK_SECRET is not set: set it to the secret at the end of the callback URL"
          + " registered with Cyclis (RegisterCallbackUrl writes it to a file)", e.getMessage());
    }
    assertEquals(SECRET, ReceiveCallbacks.secretFrom(Map.of("CYCLIS_CALLBACK_SECRET", SECRET)));
  }

  @Test
  void workerKeepsFailedEventsAndGoesOnWithTheNext() throws Exception {
    String missingOrder = "0b9f3c2e-1d4a-4e5b-8c7d-6f5e4d3c2b1a";
    MockWebServer cyclisApi = new MockWebServer();
    cyclisApi.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getPath().equals("/orders/" + ORDER_ID)
            ? new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"data\":{\"id\":\""
                + ORDER_ID + "\",\"type\":\"order\",\"attributes\":{\"state\":\"approved_cyclist\"}}}")
            : new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
                .setBody("{\"error\":\"NOTFOUND\",\"message\":\"No such order.\"}");
      }
    });
    // An id that is not a UUID (the spec allows one), an order Cyclis does not find, then one it does.
    CyclisCallbackEvent notAUuid = CyclisCallbacks.parse("{\"data\":{\"type\":\"order\",\"id\":\"12345\"}}");
    CyclisCallbackEvent notFound = CyclisCallbacks.parse("{\"data\":{\"type\":\"order\",\"id\":\"" + missingOrder + "\"}}");
    CyclisCallbackEvent found = CyclisCallbacks.parse("{\"data\":{\"type\":\"order\",\"id\":\"" + ORDER_ID + "\"}}");
    events.addAll(List.of(notAUuid, notFound, found));
    List<CyclisCallbackEvent> deadLetters = new CopyOnWriteArrayList<>();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    System.setOut(new PrintStream(printed, true, "UTF-8"));
    System.setErr(new PrintStream(logged, true, "UTF-8"));
    try (CyclisClient cyclis = CyclisClient.builder()
        .baseUrl(cyclisApi.url("/").newBuilder().host("127.0.0.1").build().toString())
        .apiToken("test-token")
        .build()) {
      Thread worker = new Thread(() -> {
        try {
          ReceiveCallbacks.work(events, cyclis, deadLetters);
        } catch (InterruptedException stopped) {
          // The test is done with it.
        }
      });
      worker.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (printed.size() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      worker.interrupt();
      worker.join(TimeUnit.SECONDS.toMillis(10));
    } finally {
      System.setOut(out);
      System.setErr(err);
      cyclisApi.shutdown();
    }

    assertEquals("Order " + ORDER_ID + " is now approved_cyclist" + System.lineSeparator(),
        new String(printed.toByteArray(), StandardCharsets.UTF_8));
    assertEquals(List.of(notAUuid, notFound), deadLetters);
    // MockWebServer logs to System.err as well: only the sample's lines count.
    assertEquals(List.of(
        "Not processed, kept: OrderChanged{orderId=12345}: java.lang.IllegalArgumentException: Invalid UUID string: 12345",
        "Not processed, kept: OrderChanged{orderId=" + missingOrder + "}: "
            + "dev.apiclients.runtime.ApiHttpException$NotFoundException: HTTP 404 NOTFOUND: No such order."),
        new String(logged.toByteArray(), StandardCharsets.UTF_8).lines()
            .filter(line -> line.startsWith("Not processed")).collect(Collectors.toList()));
  }

  private int post(String secret, String body) throws Exception {
    return post(http, secret, body);
  }

  private int post(OkHttpClient client, String secret, String body) throws Exception {
    Request request = new Request.Builder().url(url(secret)).post(RequestBody.create(JSON, body)).build();
    try (Response response = client.newCall(request).execute()) {
      return response.code();
    }
  }

  private void restartWithDeadline(Duration deadline) throws IOException {
    receiver.stop(0);
    receiver = ReceiveCallbacks.start(new InetSocketAddress("127.0.0.1", 0), SECRET, events, deadline);
  }

  /** A raw connection to the receiver, for requests no HTTP client would send; reads give up after 5 s. */
  private Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", receiver.getAddress().getPort());
    socket.setSoTimeout(5000);
    return socket;
  }

  private static void write(Socket socket, String ascii) throws IOException {
    socket.getOutputStream().write(ascii.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
  }

  private static void writeChunk(OutputStream out, byte[] chunk) throws IOException {
    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(chunk);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** Reads the answer's status line, as the receiver wrote it. */
  private static String statusLine(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder line = new StringBuilder();
    for (int c; (c = in.read()) != '\n'; ) {
      if (c == -1) {
        throw new EOFException("the receiver closed the connection after \"" + line + "\"");
      }
      line.append((char) c);
    }
    return line.toString().trim();
  }

  /** The receiver closed the connection without an answer (an end of stream, or a reset if bytes were unread). */
  private static void assertCut(Socket socket) throws IOException {
    try {
      assertEquals(-1, socket.getInputStream().read(), "the receiver answered instead of cutting the connection");
    } catch (SocketException reset) {
      assertEquals("Connection reset", reset.getMessage());
    }
  }

  /** Sends one byte every 50 ms on another thread, until done, the connection is cut, or it is interrupted. */
  private static Thread drip(Socket socket, String ascii) {
    return sendInBackground(socket, out -> {
      for (byte b : ascii.getBytes(StandardCharsets.US_ASCII)) {
        out.write(b);
        out.flush();
        Thread.sleep(50);
      }
    });
  }

  private interface Sending {
    void to(OutputStream out) throws IOException, InterruptedException;
  }

  /** Sends on another thread, so the test can read the answer while the receiver is still being sent to. */
  private static Thread sendInBackground(Socket socket, Sending sending) {
    Thread sender = new Thread(() -> {
      try {
        sending.to(socket.getOutputStream());
        socket.getOutputStream().flush();
      } catch (IOException | InterruptedException cutOrDone) {
        // The receiver cut the connection, or the test is done with it.
      }
    });
    sender.setDaemon(true);
    sender.start();
    return sender;
  }

  private String url(String secret) {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/cyclis/callbacks/" + secret;
  }
}
