package dev.apiclients.runtime.internal;

import java.util.UUID;

/**
 * Parses the canonical UUID text ({@code 497f6eca-6276-4993-bfeb-53cbbbba6f08}, ASCII hex digits in
 * either case) without {@link UUID#fromString}, which on Java 8 and Android splits the text with a
 * regular expression and parses five {@code Long}s: every decoded id would pay for it.
 *
 * <p>Anything else (a short group such as {@code 1-2-3-4-5}, a sign, a non-ASCII digit, a stray
 * character) goes to {@link UUID#fromString}, so the values accepted and the exceptions thrown are
 * exactly the JDK's; {@code UuidsTest} checks both paths against it.
 */
public final class Uuids {
  private Uuids() {}

  public static UUID parse(String text) {
    if (text.length() == 36 && text.charAt(8) == '-' && text.charAt(13) == '-'
        && text.charAt(18) == '-' && text.charAt(23) == '-') {
      long group1 = fourDigits(text, 0);
      long group2 = fourDigits(text, 4);
      long group3 = fourDigits(text, 9);
      long group4 = fourDigits(text, 14);
      long group5 = fourDigits(text, 19);
      long group6 = fourDigits(text, 24);
      long group7 = fourDigits(text, 28);
      long group8 = fourDigits(text, 32);
      if ((group1 | group2 | group3 | group4 | group5 | group6 | group7 | group8) >= 0) {
        return new UUID(group1 << 48 | group2 << 32 | group3 << 16 | group4,
            group5 << 48 | group6 << 32 | group7 << 16 | group8);
      }
    }
    return UUID.fromString(text);
  }

  /** The value of four ASCII hex digits from {@code start}, or a negative number when one is not. */
  private static long fourDigits(String text, int start) {
    char c1 = text.charAt(start);
    char c2 = text.charAt(start + 1);
    char c3 = text.charAt(start + 2);
    char c4 = text.charAt(start + 3);
    if ((c1 | c2 | c3 | c4) >= NIBBLES.length) {
      return -1;
    }
    return NIBBLES[c1] << 12 | NIBBLES[c2] << 8 | NIBBLES[c3] << 4 | NIBBLES[c4];
  }

  /** The value of each ASCII hex digit; -1 (all bits set, so any group holding one is negative) otherwise. */
  private static final long[] NIBBLES = new long[128];

  static {
    java.util.Arrays.fill(NIBBLES, -1);
    for (int i = 0; i < 10; i++) {
      NIBBLES['0' + i] = i;
    }
    for (int i = 0; i < 6; i++) {
      NIBBLES['a' + i] = 10 + i;
      NIBBLES['A' + i] = 10 + i;
    }
  }
}
