package dev.apiclients.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard keeps OkHttp's own 503 logic away from {@code Retry-After} and hands the value on unchanged. */
class RetryAfterGuardTest {
  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient client = new OkHttpClient.Builder()
      .addInterceptor(RetryAfterGuard.application())
      .addNetworkInterceptor(RetryAfterGuard.network())
      .build();

  @AfterEach
  void tearDown() throws Exception {
    server.shutdown();
  }

  /** Unguarded, OkHttp resends on 0 and throws NumberFormatException beyond an int. */
  @ParameterizedTest
  @ValueSource(strings = {"0", "2147483648", "99999999999999999999999", "1", "Wed, 21 Oct 2015 07:28:00 GMT"})
  void a503IsAnsweredOnceWithTheServersOwnRetryAfter(String sent) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", sent));
    server.enqueue(new MockResponse().setBody("sent twice"));

    try (Response response = client.newCall(post()).execute()) {
      assertEquals(503, response.code());
      assertEquals(Arrays.asList(sent), response.headers("Retry-After"));
      assertNull(response.header(RetryAfterGuard.HIDDEN));
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void otherStatusesAreLeftAlone() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));

    try (Response response = client.newCall(post()).execute()) {
      assertEquals("0", response.header("Retry-After"));
    }
  }

  private Request post() {
    return new Request.Builder().url(server.url("/orders"))
        .post(okhttp3.RequestBody.create(null, "{}")).build();
  }
}
