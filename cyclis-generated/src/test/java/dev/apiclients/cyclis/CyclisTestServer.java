package dev.apiclients.cyclis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.apiclients.runtime.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Test fixtures: a loopback client for a MockWebServer, and the seed's example bodies. */
final class CyclisTestServer {
  static final String TOKEN = "test-api-token-3b1f";

  private CyclisTestServer() {}

  static CyclisClient.Builder clientFor(MockWebServer server) {
    return CyclisClient.builder()
        .baseUrl(server.url("/").newBuilder().host("127.0.0.1").build().toString())
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

  /** Reads {@code src/test/resources/cyclis/<name>}. */
  static String seed(String name) {
    try (InputStream in = CyclisTestServer.class.getResourceAsStream("/cyclis/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      byte[] bytes = new byte[in.available()];
      int read = 0;
      while (read < bytes.length) {
        read += in.read(bytes, read, bytes.length - read);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
