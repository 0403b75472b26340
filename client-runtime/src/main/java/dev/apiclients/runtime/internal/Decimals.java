package dev.apiclients.runtime.internal;

import java.math.BigDecimal;

/**
 * Parses the decimals APIs send ({@code 91.26}, {@code -3}, {@code 0.50}) without {@code new
 * BigDecimal(String)}, which copies the text into a char array and runs its general parser for
 * every amount decoded.
 *
 * <p>Only an optional minus, digits and at most one inner point, 18 characters at most (so the
 * digits fit a {@code long}), take the short way: {@code BigDecimal.valueOf(unscaled, scale)} is the
 * same value with the same scale, and within every bound. Anything else (an exponent, a plus, more
 * digits) goes to {@code new BigDecimal(String)} within {@link NumberBounds}, so results and
 * exceptions are exactly the JDK's there; {@code DecimalsTest} checks both paths against it.
 */
public final class Decimals {
  private static final int MAX_SHORT = 18;

  private Decimals() {}

  /**
   * Parses a decimal as {@code new BigDecimal(text)} does.
   *
   * @throws NumberBounds.Exceeded when the text is longer than {@link NumberBounds#MAX_LENGTH} or
   *     the scale beyond {@link NumberBounds#MAX_SCALE}
   * @throws NumberFormatException as the JDK throws it for text that is no number
   */
  public static BigDecimal parse(String text) {
    int length = text.length();
    boolean negative = length > 0 && text.charAt(0) == '-';
    int digitsStart = negative ? 1 : 0;
    if (length == digitsStart || length - digitsStart > MAX_SHORT) {
      return NumberBounds.decimal(text);
    }
    long unscaled = 0;
    int point = -1;
    for (int i = digitsStart; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
      } else if (c == '.' && point < 0 && i > digitsStart && i < length - 1) {
        point = i;
      } else {
        return NumberBounds.decimal(text);
      }
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, point < 0 ? 0 : length - 1 - point);
  }
}
