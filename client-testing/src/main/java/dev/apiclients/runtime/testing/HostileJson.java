package dev.apiclients.runtime.testing;

/**
 * JSON that is cheap to send and costly to read carelessly: numbers beyond a double or of 400,000
 * digits, nesting 100,000 levels deep, strings of a million characters, and the integer Moshi
 * 1.11's strict mode refuses.
 */
public final class HostileJson {
  /**
   * Valid JSON that Moshi 1.11's strict reader refuses: its digits wrap past 2^64 to exactly 0, so
   * the next digit looks to it like one after a leading zero.
   */
  public static final String WRAPPING_INTEGER = "184467440737095516160";

  private HostileJson() {}

  /** A number of {@code count} nines: 400,000 of them take {@code new BigDecimal} 3 to 5 seconds. */
  public static String digits(int count) {
    return "9".repeat(count);
  }

  /** {@code depth} arrays, each holding the next; closed or not. */
  public static String nestedArrays(int depth, boolean closed) {
    return "[".repeat(depth) + (closed ? "]".repeat(depth) : "");
  }

  /** A JSON string of {@code length} letters, quotes included. */
  public static String longString(int length) {
    return "\"" + "x".repeat(length) + "\"";
  }
}
