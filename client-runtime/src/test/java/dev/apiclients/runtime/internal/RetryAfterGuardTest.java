package dev.apiclients.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which {@code Retry-After} values the guard caps before OkHttp's own int parse reads them. */
class RetryAfterGuardTest {
  private final MockWebServer server = new MockWebServer();

  @AfterEach
  void tearDown() throws Exception {
    server.shutdown();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2147483647, 2147483647",
      "2147483648, 2147483647",
      "2147483650, 2147483647",
      "3000000000, 2147483647",
      "21474836470, 2147483647",
      "1000000000, 1000000000",
      "999, 999",
      "0, 0",
      "2147483648a, 2147483648a",
      "'Wed, 21 Oct 2015 07:28:00 GMT', 'Wed, 21 Oct 2015 07:28:00 GMT'"})
  void capsOnlyWholeSecondsBeyondAnInt(String sent, String seen) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", sent));
    OkHttpClient client = new OkHttpClient.Builder().addNetworkInterceptor(new RetryAfterGuard()).build();

    try (Response response = client.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
      assertEquals(seen, response.header("Retry-After"));
    }
  }
}
