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
    String inTenSeconds = HttpDate.format(new Date(System.currentTimeMillis() + 10_000));

    long delay = RetryInterceptor.retryAfterMillis(withRetryAfter(inTenSeconds), 7);

    assertTrue(delay > 8_000 && delay <= 10_000, String.valueOf(delay));
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
