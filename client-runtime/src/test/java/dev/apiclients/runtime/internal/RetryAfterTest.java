package dev.apiclients.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;
import okhttp3.internal.http.HttpDate;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final long NOW = 1_700_000_000_000L;

  @Test
  void secondsBecomeMillis() {
    assertEquals(120_000L, RetryAfter.millis(" 120 ", NOW));
  }

  @Test
  void httpDateCountsFromNow() {
    assertEquals(45_000L, RetryAfter.millis(HttpDate.format(new Date(NOW + 45_000)), NOW));
  }

  @Test
  void pastDateIsZero() {
    assertEquals(0L, RetryAfter.millis(HttpDate.format(new Date(NOW - 5_000)), NOW));
  }

  @Test
  void hugeSecondsSaturateInsteadOfOverflowing() {
    assertEquals(Long.MAX_VALUE, RetryAfter.millis("9223372036854775807", NOW));
    assertEquals(Long.MAX_VALUE, RetryAfter.millis("99999999999999999999999", NOW));
  }

  @Test
  void absentOrUnreadableIsNull() {
    assertNull(RetryAfter.millis(null, NOW));
    assertNull(RetryAfter.millis("", NOW));
    assertNull(RetryAfter.millis("-5", NOW));
    assertNull(RetryAfter.millis("soon", NOW));
  }
}
