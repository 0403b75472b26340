package dev.apiclients.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.internal.http.HttpDate;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {
  private static Response withRetryAfter(String value) {
    Response.Builder builder = new Response.Builder()
        .request(new Request.Builder().url("https://example.com/").build())
        .protocol(Protocol.HTTP_1_1).code(503).message("Service Unavailable");
    if (value != null) {
      builder.header("Retry-After", value);
    }
    return builder.build();
  }

  @Test
  void retryAfterInSeconds() {
    assertEquals(2000, RetryInterceptor.retryAfterMillis(withRetryAfter("2"), 7));
  }

  @Test
  void retryAfterAsHttpDate() {
    long before = System.currentTimeMillis();
    String inTenSeconds = HttpDate.format(new Date(before + 10_000));

    long delay = RetryInterceptor.retryAfterMillis(withRetryAfter(inTenSeconds), 7);

    // The date drops the milliseconds (up to 1 s), and the wait counts from when it is read, however
    // long a loaded machine took to get there.
    long elapsed = System.currentTimeMillis() - before;
    assertTrue(delay > 9_000 - elapsed - 1 && delay <= 10_000, delay + " ms, " + elapsed + " ms elapsed");
  }

  @Test
  void missingOrGarbledRetryAfterFallsBackToBackoff() {
    assertEquals(7, RetryInterceptor.retryAfterMillis(withRetryAfter(null), 7));
    assertEquals(7, RetryInterceptor.retryAfterMillis(withRetryAfter("soon"), 7));
  }

  @Test
  void retryAfterTooLargeForMillisecondsSaturates() {
    assertEquals(Long.MAX_VALUE, RetryInterceptor.retryAfterMillis(withRetryAfter("9300000000000000"), 7));
  }
}
