package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
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

  private Response get(Transport transport, String path) throws Exception {
    return transport.okHttpClient().newCall(new Request.Builder().url(server.url(path)).build()).execute();
  }
}
