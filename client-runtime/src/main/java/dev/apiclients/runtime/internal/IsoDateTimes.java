package dev.apiclients.runtime.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Parses the ISO-8601 date-times APIs send ({@code 2019-08-24T14:15:22Z}, {@code
 * 2026-01-01T00:00:00.1234567+01:00}, {@code 2017-02-09T16:23:08}) without
 * {@code DateTimeFormatter}, which costs about a microsecond and a dozen objects per value: the
 * decoding benchmark spends a third of its time there.
 *
 * <p>Anything outside the common shape (lower-case {@code t}, no seconds, a six-digit year, an
 * impossible date) goes to the JDK's {@code parse}, so results and exceptions are exactly the
 * JDK's; {@code IsoDateTimesTest} checks both paths against it.
 */
public final class IsoDateTimes {
  private static final int[] NANOS_SCALE = {
    100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private IsoDateTimes() {}

  public static OffsetDateTime offsetDateTime(String text) {
    try {
      int end = localDateTimeEnd(text);
      if (end > 0 && end < text.length()) {
        ZoneOffset offset = offset(text, end);
        if (offset != null) {
          return OffsetDateTime.of(localDateTime(text, end), offset);
        }
      }
    } catch (DateTimeException e) {
      // An impossible value in the common shape: the JDK's parse below reports it its own way.
    }
    return OffsetDateTime.parse(text);
  }

  public static LocalDateTime localDateTime(String text) {
    try {
      if (localDateTimeEnd(text) == text.length()) {
        return localDateTime(text, text.length());
      }
    } catch (DateTimeException e) {
      // As above: the JDK reports it.
    }
    return LocalDateTime.parse(text);
  }

  /**
   * Returns where {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]} ends in {@code text}, or -1 when the text
   * does not start with that shape.
   */
  private static int localDateTimeEnd(String text) {
    if (text.length() < 19 || !isDate(text) || text.charAt(10) != 'T'
        || !digits(text, 11, 2) || text.charAt(13) != ':' || !digits(text, 14, 2)
        || text.charAt(16) != ':' || !digits(text, 17, 2)) {
      return -1;
    }
    int end = 19;
    if (end < text.length() && text.charAt(end) == '.') {
      int fraction = end + 1;
      end = fraction;
      while (end < text.length() && end - fraction < 9 && isDigit(text.charAt(end))) {
        end++;
      }
      if (end == fraction || (end < text.length() && isDigit(text.charAt(end)))) {
        return -1;
      }
    }
    return end;
  }

  private static LocalDateTime localDateTime(String text, int end) {
    int nanos = 0;
    for (int i = 20; i < end; i++) {
      nanos += (text.charAt(i) - '0') * NANOS_SCALE[i - 20];
    }
    return LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
        number(text, 11, 2), number(text, 14, 2), number(text, 17, 2), nanos);
  }

  /** {@code Z} or {@code ±HH:MM} from {@code start} to the end, or null for any other form. */
  private static ZoneOffset offset(String text, int start) {
    int length = text.length() - start;
    if (length == 1 && text.charAt(start) == 'Z') {
      return ZoneOffset.UTC;
    }
    char sign = text.charAt(start);
    if (length == 6 && (sign == '+' || sign == '-') && digits(text, start + 1, 2)
        && text.charAt(start + 3) == ':' && digits(text, start + 4, 2)) {
      int hours = number(text, start + 1, 2);
      int minutes = number(text, start + 4, 2);
      return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    }
    return null;
  }

  private static boolean isDate(String text) {
    return digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 2) && text.charAt(7) == '-'
        && digits(text, 8, 2);
  }

  private static boolean digits(String text, int start, int count) {
    for (int i = start; i < start + count; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
