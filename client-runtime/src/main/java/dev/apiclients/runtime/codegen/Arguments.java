package dev.apiclients.runtime.codegen;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Checks and formats the arguments of generated operations before anything is sent. */
public final class Arguments {
  /** Seconds always present and no fraction, as in {@code 2021-12-15T10:30:00}. */
  private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private Arguments() {
  }

  /**
   * Returns {@code value}, or throws naming the argument when it is null.
   *
   * @return {@code value}, or throws naming the argument when it is null
   */
  public static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null; nothing was sent");
    }
    return value;
  }

  /** Formats a date as the wire expects it, {@code 2021-12-30}. */
  public static String localDate(LocalDate date) {
    return date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  /**
   * Formats a date-time without zone as the wire expects it, {@code 2021-12-15T10:30:00}: always
   * with seconds, fractions of a second dropped.
   */
  public static String localDateTime(LocalDateTime dateTime) {
    return dateTime == null ? null : LOCAL_DATE_TIME.format(dateTime);
  }

  /**
   * Refuses a request whose body names a resource other than the one in the path: the body's id
   * may be absent, but never different.
   */
  public static void samePathAndBodyId(String operationId, Object pathId, Object bodyId) {
    if (bodyId != null && !bodyId.equals(pathId)) {
      throw new IllegalArgumentException(operationId + ": the body's data.id " + bodyId
          + " differs from the path's " + pathId + "; nothing was sent");
    }
  }
}
