package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;

import dev.apiclients.runtime.codegen.Calls;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The response-body limit ({@link ClientBuilder#maxResponseBytes}): a 2xx body over it fails as a
 * decode failure that names it; an error body keeps its typed status and at most 64 KiB of itself.
 */
class ClientBuilderLimitsTest {
  private static final int LIMIT = 1024;
  private static final int KEPT = 64 * 1024;

  @RegisterExtension
  final ServedItemsApi limited = new ServedItemsApi("/v1/", builder -> builder
      .maxResponseBytes(LIMIT)
      .retryPolicy(RetryPolicy.builder().initialBackoffMillis(1).build()), RequestRule.NONE);
  @RegisterExtension
  final ServedItemsApi defaults = new ServedItemsApi("/v1/", builder -> builder, RequestRule.NONE);
  private final MockWebServer server = limited.server;
  private final ItemsApi api = limited.api;

  @Test
  void successBodyOverTheLimitIsADecodeFailureNamingTheLimitAndTheOption() {
    server.enqueue(new MockResponse().setChunkedBody(item(LIMIT + 1), 100));

    ApiDecodeException e = assertThrowsExactly(ApiDecodeException.class, () -> api.get("7").execute());

    assertEquals("The response body of GET /v1/items/7 is larger than maxResponseBytes (1024 bytes) allows;"
        + " it was not decoded", e.getMessage());
    assertEquals("", e.rawBody());
    assertEquals(1, server.getRequestCount(), "a body over the limit is not retried");
  }

  @Test
  void successBodyWhoseLengthIsOverTheLimitFailsAlike() {
    server.enqueue(new MockResponse().setBody(item(LIMIT + 1)));

    ApiDecodeException e = assertThrowsExactly(ApiDecodeException.class, () -> api.get("7").execute());

    assertEquals("The response body of GET /v1/items/7 is larger than maxResponseBytes (1024 bytes) allows;"
        + " it was not decoded", e.getMessage());
  }

  @Test
  void headAnswerDeclaringALengthOverTheLimitSucceeds() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Length", 4 * LIMIT));

    try (okhttp3.Response response = limited.transport.okHttpClient()
        .newCall(new okhttp3.Request.Builder().url(server.url("/v1/items/7")).head().build()).execute()) {
      assertEquals(200, response.code());
    }
  }

  @Test
  void successBodyOfExactlyTheLimitDecodes() throws Exception {
    server.enqueue(new MockResponse().setChunkedBody(item(LIMIT), 100));

    assertEquals(LIMIT - "{\"name\":\"\"}".length(), Calls.execute(api.get("7")).name.length());
  }

  @Test
  void limitCountsTheBytesOfAGzipBodyAsInflated() throws Exception {
    Buffer gzip = new Buffer();
    try (GZIPOutputStream out = new GZIPOutputStream(gzip.outputStream())) {
      out.write(item(4 * LIMIT).getBytes(StandardCharsets.UTF_8));
    }
    server.enqueue(new MockResponse().setHeader("Content-Encoding", "gzip").setBody(gzip));

    ApiDecodeException e = assertThrowsExactly(ApiDecodeException.class, () -> api.get("7").execute());

    assertEquals("The response body of GET /v1/items/7 is larger than maxResponseBytes (1024 bytes) allows;"
        + " it was not decoded", e.getMessage());
  }

  @Test
  void enqueuedCallOverTheLimitFailsTheFuture() {
    server.enqueue(new MockResponse().setChunkedBody(item(LIMIT + 1), 100));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> Calls.future(api.get("7")).get(5, TimeUnit.SECONDS));

    assertEquals(ApiDecodeException.class, e.getCause().getClass());
  }

  @Test
  void errorBodyBeyondTheKeptPartIsCutAndMarkedAndKeepsItsStatus() {
    defaults.server.enqueue(new MockResponse().setResponseCode(500).setBody("x".repeat(KEPT + 100)));

    ApiHttpException e = assertThrowsExactly(ApiHttpException.ServerErrorException.class,
        () -> defaults.api.get("7").execute());

    assertEquals("x".repeat(KEPT) + ApiHttpException.CUT_MARKER, e.rawBody());
  }

  @Test
  void errorBodyOfExactlyTheKeptPartIsKeptWhole() {
    defaults.server.enqueue(new MockResponse().setResponseCode(500).setBody("x".repeat(KEPT)));

    ApiHttpException e = assertThrowsExactly(ApiHttpException.ServerErrorException.class,
        () -> defaults.api.get("7").execute());

    assertEquals("x".repeat(KEPT), e.rawBody());
  }

  @Test
  void errorBodyIsCutBeforeACharacterItWouldSplit() {
    // "é" is two bytes in UTF-8: the kept part ends before it rather than in its middle.
    defaults.server.enqueue(new MockResponse().setResponseCode(400)
        .setHeader("Content-Type", "application/json; charset=utf-8").setBody("x".repeat(KEPT - 1) + "é and more"));

    ApiHttpException e = assertThrowsExactly(ApiHttpException.BadRequestException.class,
        () -> defaults.api.get("7").execute());

    assertEquals("x".repeat(KEPT - 1) + ApiHttpException.CUT_MARKER, e.rawBody());
  }

  @Test
  void errorBodyKeptPartIsNoLargerThanTheLimit() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("x".repeat(4 * LIMIT)));

    ApiHttpException e = assertThrowsExactly(ApiHttpException.NotFoundException.class, () -> api.get("7").execute());

    assertEquals("x".repeat(LIMIT) + ApiHttpException.CUT_MARKER, e.rawBody());
  }

  @Test
  void limitMustBePositive() {
    IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
        () -> new TestClientBuilder("http://localhost/", java.util.Collections.emptySet()).maxResponseBytes(0));

    assertEquals("maxResponseBytes must be at least 1: 0", e.getMessage());
  }

  /** An item whose JSON is exactly {@code bytes} bytes long. */
  private static String item(int bytes) {
    return "{\"name\":\"" + "x".repeat(bytes - "{\"name\":\"\"}".length()) + "\"}";
  }
}
