package dev.apiclients.runtime;

import static java.util.Collections.singletonList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries as the whole HTTP stack a {@link ClientBuilder} builds does them. */
class ClientBuilderRetryTest {
  private final MockWebServer server = new MockWebServer();

  @AfterEach
  void tearDown() throws Exception {
    server.shutdown();
  }

  /** Longer than a long in milliseconds, and than an int in seconds (which OkHttp itself parses). */
  @ParameterizedTest
  @ValueSource(strings = {"9300000000000000", "2147483648", "99999999999999999999999"})
  void absurdlyLongRetryAfterEndsTheRetriesAfterOneRequest(String retryAfter) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", retryAfter));
    server.enqueue(new MockResponse().setBody("too early"));

    try (Transport transport = new TestClientBuilder(server.url("/").toString(), Collections.singleton("Password"))
            .buildTransport();
        Response response = get(transport, "/orders")) {
      assertEquals(503, response.code());
    }

    assertEquals(1, server.getRequestCount());
    assertEquals("GET /orders HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void shortRetryAfterIsWaitedForAndRetried() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "1"));
    server.enqueue(new MockResponse().setBody("done"));

    long start = System.nanoTime();
    try (Transport transport = new TestClientBuilder(server.url("/").toString(), Collections.singleton("Password"))
            .buildTransport();
        Response response = get(transport, "/orders")) {
      assertEquals(200, response.code());
      assertEquals("done", response.body().string());
    }

    assertEquals(2, server.getRequestCount());
    long waitedMillis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(waitedMillis >= 1000, "waited " + waitedMillis + " ms");
  }

  /**
   * Also with {@code Retry-After: 0}, on which OkHttp 3.14 by itself would resend: the policy
   * decides, so the count is exact.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "0"})
  void persistentServiceUnavailableIsSentOncePlusMaxRetries(String retryAfter) throws Exception {
    for (int i = 0; i < 3; i++) {
      MockResponse unavailable = new MockResponse().setResponseCode(503);
      server.enqueue(retryAfter.isEmpty() ? unavailable : unavailable.setHeader("Retry-After", retryAfter));
    }
    server.enqueue(new MockResponse().setBody("too late"));

    try (Transport transport = builder().retryPolicy(fast().maxRetries(2).build()).buildTransport();
        Response response = get(transport, "/orders")) {
      assertEquals(503, response.code());
    }

    assertEquals(3, server.getRequestCount());
  }

  @Test
  void retryAfterEqualToTheLongestWaitIsWaitedFor() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
    server.enqueue(new MockResponse().setBody("done"));

    try (Transport transport = builder().retryPolicy(fast().maxRetryAfterMillis(1000).build()).buildTransport();
        Response response = get(transport, "/orders")) {
      assertEquals(200, response.code());
    }

    assertEquals(2, server.getRequestCount());
  }

  @Test
  void bodyCutOffOnAnEarlierAttemptIsRetried() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"data\":[" + "1,".repeat(10_000) + "1]}")
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(new MockResponse().setBody("{\"data\":[]}"));

    try (Transport transport = builder().retryPolicy(fast().build()).buildTransport();
        Response response = get(transport, "/orders")) {
      assertEquals("{\"data\":[]}", response.body().string());
    }

    assertEquals(2, server.getRequestCount());
  }

  /**
   * Also after a 503 with {@code Retry-After: 0}, on which OkHttp 3.14 by itself resends any request,
   * a POST too.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "0"})
  void postIsSentOnceWhateverTheAnswer(String retryAfter) throws Exception {
    MockResponse unavailable = new MockResponse().setResponseCode(503);
    server.enqueue(retryAfter.isEmpty() ? unavailable : unavailable.setHeader("Retry-After", retryAfter));
    server.enqueue(new MockResponse().setBody("twice"));

    try (Transport transport = builder().retryPolicy(fast().build()).buildTransport();
        Response response = transport.okHttpClient().newCall(new Request.Builder().url(server.url("/orders"))
            .post(RequestBody.create(MediaType.get("application/json"), "{}")).build()).execute()) {
      assertEquals(503, response.code());
    }

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void connectionFailureIsRetriedAfterTheBackoff() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(new MockResponse().setBody("done"));

    long start = System.nanoTime();
    try (Transport transport = builder().retryPolicy(RetryPolicy.builder().initialBackoffMillis(300).build())
            .buildTransport();
        Response response = get(transport, "/orders")) {
      assertEquals("done", response.body().string());
    }

    assertEquals(2, server.getRequestCount());
    long waitedMillis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(waitedMillis >= 300, "waited " + waitedMillis + " ms");
  }

  /** As the OAuth token fetch, an interceptor inside the retries, reports a token endpoint's answers. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HTTP 503", "HTTP 429", "connection"})
  void temporaryTypedFailureOfAnInnerInterceptorIsRetried(String failure) throws Exception {
    server.enqueue(new MockResponse().setBody("done"));
    AtomicInteger attempts = new AtomicInteger();
    Interceptor failsOnce = chain -> {
      if (attempts.incrementAndGet() == 1) {
        throw typed(failure);
      }
      return chain.proceed(chain.request());
    };

    try (Transport transport = builder().retryPolicy(fast().build()).buildTransport(singletonList(failsOnce));
        Response response = get(transport, "/orders")) {
      assertEquals("done", response.body().string());
    }

    assertEquals(2, attempts.get());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HTTP 401", "HTTP 400", "decode"})
  void lastingTypedFailureOfAnInnerInterceptorIsNotRetried(String failure) {
    AtomicInteger attempts = new AtomicInteger();
    Interceptor fails = chain -> {
      attempts.incrementAndGet();
      throw typed(failure);
    };

    try (Transport transport = builder().retryPolicy(fast().build()).buildTransport(singletonList(fails))) {
      ApiException e = assertThrows(ApiException.class, () -> get(transport, "/orders"));
      assertEquals(typed(failure).getClass(), e.getClass());
    }

    assertEquals(1, attempts.get());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void interruptedWhileWaitingToRetryStopsAndKeepsTheInterrupt() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "5"));
    server.enqueue(new MockResponse().setBody("too late"));

    Interceptor interruptsOnTheAnswer = chain -> {
      Response response = chain.proceed(chain.request());
      Thread.currentThread().interrupt();
      return response;
    };

    try (Transport transport = builder().buildTransport(singletonList(interruptsOnTheAnswer))) {
      InterruptedIOException e = assertThrows(InterruptedIOException.class, () -> get(transport, "/orders"));

      assertEquals("interrupted while waiting to retry", e.getMessage());
      assertTrue(Thread.interrupted());
    } finally {
      Thread.interrupted();
    }
    assertEquals(1, server.getRequestCount());
  }

  private static ApiException typed(String failure) {
    switch (failure) {
      case "connection":
        return new ApiConnectionException("POST /oauth/token", new IOException("reset"));
      case "decode":
        return new ApiDecodeException("Could not decode TokenAnswer", "{", null);
      default:
        return ApiHttpException.forStatus(Integer.parseInt(failure.substring(5)), null, null, "");
    }
  }

  private TestClientBuilder builder() {
    return new TestClientBuilder(server.url("/").toString(), Collections.singleton("Password"));
  }

  private static RetryPolicy.Builder fast() {
    return RetryPolicy.builder().initialBackoffMillis(1);
  }

  private Response get(Transport transport, String path) throws Exception {
    return transport.okHttpClient().newCall(new Request.Builder().url(server.url(path)).build()).execute();
  }
}
