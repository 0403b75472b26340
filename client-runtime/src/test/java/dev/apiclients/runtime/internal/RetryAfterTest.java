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

  /** The largest number of seconds whose milliseconds still fit in a long is not saturated. */
  @Test
  void secondsJustBelowTheSaturationBecomeExactMillis() {
    assertEquals(9_223_372_036_854_775_000L, RetryAfter.millis("9223372036854775", NOW));
    assertEquals(Long.MAX_VALUE, RetryAfter.millis("9223372036854776", NOW));
  }

  @Test
  void secondsFormIsDigitsOnly() {
    assertEquals(7L, RetryAfter.seconds(" 7 "));
    assertNull(RetryAfter.seconds(null));
    assertNull(RetryAfter.seconds(" "));
    assertNull(RetryAfter.seconds("7s"));
    assertNull(RetryAfter.seconds(HttpDate.format(new Date(NOW))));
  }
}
