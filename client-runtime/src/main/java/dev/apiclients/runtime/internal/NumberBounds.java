package dev.apiclients.runtime.internal;

import java.math.BigDecimal;

/**
 * The bounds on a number read from JSON, as Jackson's {@code StreamReadConstraints} bounds them. A
 * reader that parses any length, or keeps any scale, can be made to spend seconds on one number or
 * to hand its caller a value whose arithmetic never ends.
 */
public final class NumberBounds {
  /**
   * Characters in one number, sign, point and exponent included: Jackson's default {@code
   * maxNumberLength}. {@code new BigDecimal} takes 3 to 5 s for 400,000 digits (it is quadratic)
   * and well under a millisecond for 1,000; no API sends amounts of more than a few dozen.
   */
  public static final int MAX_LENGTH = 1_000;
  /**
   * A decimal's scale, either way. {@code 1e100000000} is 11 characters, but its {@code
   * toPlainString()} writes a hundred million digits and {@code setScale(2)} computes ten to the
   * hundred millionth power; within ±1,000 any such step stays within a few KB. Amounts have a
   * scale of a few digits.
   */
  public static final int MAX_SCALE = 1_000;

  private NumberBounds() {}

  /** A number beyond a bound; the message names the bound, as the end of a sentence. */
  public static final class Exceeded extends NumberFormatException {
    private static final long serialVersionUID = 1L;

    Exceeded(String reason) {
      super(reason);
    }
  }

  /**
   * Parses {@code text} as {@code new BigDecimal(text)} does, within the bounds: its length is
   * checked before it is parsed, its scale after.
   *
   * @throws Exceeded when the text is longer than {@link #MAX_LENGTH} or the scale beyond {@link
   *     #MAX_SCALE}
   * @throws NumberFormatException as {@code new BigDecimal} throws it for text that is no number
   */
  public static BigDecimal decimal(String text) {
    checkLength(text);
    BigDecimal value = new BigDecimal(text);
    int scale = value.scale();
    if (scale > MAX_SCALE || scale < -MAX_SCALE) {
      throw new Exceeded("its scale, " + scale + ", is outside the -" + MAX_SCALE + " to " + MAX_SCALE + " allowed");
    }
    return value;
  }

  /**
   * Refuses text longer than {@link #MAX_LENGTH}: one comparison on text already read.
   *
   * @throws Exceeded when it is longer
   */
  public static void checkLength(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new Exceeded("longer than the " + MAX_LENGTH + " characters allowed");
    }
  }
}
