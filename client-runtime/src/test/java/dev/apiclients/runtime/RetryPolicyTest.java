package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
  void toStringNamesEverySetting() {
    assertEquals("RetryPolicy{maxRetries=3, initialBackoffMillis=100, maxBackoffMillis=1000, maxRetryAfterMillis=5000}",
        RetryPolicy.builder().maxRetries(3).initialBackoffMillis(100).maxBackoffMillis(1000)
            .maxRetryAfterMillis(5000).build().toString());
  }

  @Test
  void onlyIdempotentMethodsAreRetryable() {
    assertTrue(RetryPolicy.isIdempotent("GET"));
    assertTrue(RetryPolicy.isIdempotent("PUT"));
    assertTrue(RetryPolicy.isIdempotent("DELETE"));
    assertTrue(RetryPolicy.isIdempotent("HEAD"));
    assertTrue(RetryPolicy.isIdempotent("OPTIONS"));
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

  /** The javadoc lists the methods for readers; the list must be the set the code uses. */
  @ParameterizedTest
  @ValueSource(strings = {"RetryPolicy.java", "ApiConnectionException.java"})
  void javadocListsExactlyTheIdempotentMethods(String file) throws IOException {
    String source = new String(Files.readAllBytes(
        Paths.get("src/main/java/dev/apiclients/runtime", file)), StandardCharsets.UTF_8);
    Matcher lists = Pattern.compile("\\((GET(?:, [A-Z]+)*)").matcher(source);
    List<String> found = new ArrayList<>();
    while (lists.find()) {
      found.add(lists.group(1));
    }

    assertEquals(1, found.size(), "lists of methods in " + file + ": " + found);
    assertEquals(String.join(", ", RetryPolicy.IDEMPOTENT_METHODS), found.get(0));
  }

  @Test
  void maxRetriesTakesZeroToTen() {
    assertEquals(0, RetryPolicy.builder().maxRetries(0).build().maxRetries());
    assertEquals(10, RetryPolicy.builder().maxRetries(10).build().maxRetries());
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().maxRetries(11));
    assertEquals("maxRetries must be in 0..10 but was 11", tooMany.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().maxRetries(-1));
    assertEquals("maxRetries must be in 0..10 but was -1", negative.getMessage());
  }

  @Test
  void durationsTakeZeroButNotLess() {
    RetryPolicy zero = RetryPolicy.builder().initialBackoffMillis(0).maxBackoffMillis(0).maxRetryAfterMillis(0).build();
    assertEquals(0, zero.backoffMillis(1));
    assertEquals(0, zero.maxRetryAfterMillis());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().maxRetryAfterMillis(-1));
    assertEquals("maxRetryAfterMillis must be >= 0 but was -1", e.getMessage());
  }
}
