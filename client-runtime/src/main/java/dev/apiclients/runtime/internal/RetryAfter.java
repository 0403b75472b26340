package dev.apiclients.runtime.internal;

import java.util.Date;
import okhttp3.internal.http.HttpDate;

/**
 * Reads a {@code Retry-After} header (RFC 9110 section 10.2.3): a number of seconds, or an
 * HTTP-date. One parser for every place that needs the value.
 */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Returns the pause the header asks for, in milliseconds from {@code nowMillis}, or null when the
   * value is absent or neither form. A date in the past is zero; a pause too long for a {@code long}
   * saturates at {@link Long#MAX_VALUE} instead of overflowing into a negative one.
   */
  public static Long millis(String value, long nowMillis) {
    if (value == null) {
      return null;
    }
    Long seconds = seconds(value);
    if (seconds != null) {
      return seconds > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : seconds * 1000;
    }
    Date date = HttpDate.parse(value.trim());
    return date == null ? null : Math.max(0, date.getTime() - nowMillis);
  }

  /**
   * Returns the value in its seconds form (digits only, surrounding spaces allowed), saturating at
   * {@link Long#MAX_VALUE}, or null when it is absent or not in that form (an HTTP-date, garbage).
   */
  public static Long seconds(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(trimmed);
    } catch (NumberFormatException tooManyDigits) {
      return Long.MAX_VALUE;
    }
  }
}
