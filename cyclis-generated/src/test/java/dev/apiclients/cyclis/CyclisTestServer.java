package dev.apiclients.cyclis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.apiclients.runtime.RetryPolicy;
import dev.apiclients.runtime.testing.SampleBodies;
import dev.apiclients.runtime.testing.ServedClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Test fixtures: a loopback client for a MockWebServer, and the documentation's example bodies. */
final class CyclisTestServer {
  static final String TOKEN = "test-api-token-3b1f";

  private CyclisTestServer() {}

  static CyclisClient.Builder clientFor(MockWebServer server) {
    return CyclisClient.builder()
        .baseUrl(ServedClient.loopback(server, "/").toString())
        .apiToken(TOKEN)
        .retryPolicy(RetryPolicy.builder().initialBackoffMillis(1).build());
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json").setBody(body);
  }

  /** Compares two JSON texts as JSON: member order and white space do not matter. */
  static void assertJsonEquals(String expected, String actual) {
    JsonAdapter<Object> adapter = new Moshi.Builder().build().adapter(Object.class);
    try {
      assertEquals(adapter.fromJson(expected), adapter.fromJson(actual), actual);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Cyclis example body {@code name} (client-testing's {@link SampleBodies}). */
  static String seed(String name) {
    return SampleBodies.cyclis(name);
  }
}
