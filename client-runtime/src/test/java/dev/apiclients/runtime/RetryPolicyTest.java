package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void backoffDoublesUpToTheCap() {
    RetryPolicy policy = RetryPolicy.builder().initialBackoffMillis(100).maxBackoffMillis(350).build();

    assertEquals(100, policy.backoffMillis(1));
    assertEquals(200, policy.backoffMillis(2));
    assertEquals(350, policy.backoffMillis(3));
    assertEquals(350, policy.backoffMillis(10));
  }

  @Test
  void onlyIdempotentMethodsAreRetryable() {
    assertTrue(RetryPolicy.isIdempotent("GET"));
    assertTrue(RetryPolicy.isIdempotent("PUT"));
    assertTrue(RetryPolicy.isIdempotent("DELETE"));
    assertFalse(RetryPolicy.isIdempotent("POST"));
    assertFalse(RetryPolicy.isIdempotent("PATCH"));
  }

  @Test
  void onlyTryAgainLaterStatusesAreRetryable() {
    for (int code : new int[] {429, 502, 503, 504}) {
      assertTrue(RetryPolicy.isRetryableStatus(code), String.valueOf(code));
    }
    for (int code : new int[] {400, 401, 403, 404, 409, 422, 500, 501}) {
      assertFalse(RetryPolicy.isRetryableStatus(code), String.valueOf(code));
    }
  }

  @Test
  void unboundedRetriesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().maxRetries(11));

    assertEquals("maxRetries must be in 0..10 but was 11", e.getMessage());
  }
}
