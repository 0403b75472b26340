package dev.apiclients.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  /** equals(), not compareTo(): the scale must be the one written, as {@code new BigDecimal} keeps it. */
  @Test
  void wireShapesParseToTheJdksValueAndScale() {
    for (String text : Arrays.asList("91.26", "0", "-0", "-0.00", "7", "-3", "0.50", "100.0", "007.10",
        "123456789012345678", "-123456789012345678", "99999999999999999.9", "0.00000000000000001")) {
      assertEquals(new BigDecimal(text), Decimals.parse(text), text);
      assertEquals(new BigDecimal(text).scale(), Decimals.parse(text).scale(), text);
    }
  }

  @Test
  void otherShapesGoToTheJdk() {
    for (String text : Arrays.asList("1e3", "1E+3", "-1.5e-7", "+4", ".5", "5.", "1234567890123456789",
        "-1234567890123456789", "0.1000000000000000055511151231257827", "9223372036854775808")) {
      assertEquals(new BigDecimal(text), Decimals.parse(text), text);
      assertEquals(new BigDecimal(text).scale(), Decimals.parse(text).scale(), text);
    }
  }

  @Test
  void randomAmountsParseAsTheJdkParsesThem() {
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      long unscaled = random.nextLong() % 1_000_000_000_000L;
      String text = BigDecimal.valueOf(unscaled, random.nextInt(8)).toPlainString();

      assertEquals(new BigDecimal(text), Decimals.parse(text), text);
    }
  }

  @Test
  void textThatIsNoNumberFailsAsTheJdkFails() {
    for (String text : Arrays.asList("", "-", "lots", "1.2.3", "1,5", "--1", "1-", "0x10", "1..2", " 1")) {
      NumberFormatException jdk = assertThrows(NumberFormatException.class, () -> new BigDecimal(text), text);
      NumberFormatException ours = assertThrows(NumberFormatException.class, () -> Decimals.parse(text), text);
      assertEquals(jdk.getMessage(), ours.getMessage(), text);
    }
  }

  @Test
  void numbersWithinTheBoundsParseAsTheJdkParsesThem() {
    for (String text : Arrays.asList("9".repeat(NumberBounds.MAX_LENGTH), "-0." + "1".repeat(997), "1e1000",
        "-1E+1000", "1e-1000", "0.5e-999")) {
      assertEquals(new BigDecimal(text), Decimals.parse(text), text);
    }
  }

  @Test
  void numberLongerThanTheBoundIsRefusedBeforeItIsParsed() {
    NumberBounds.Exceeded e = assertThrowsExactly(NumberBounds.Exceeded.class,
        () -> Decimals.parse("9".repeat(400_000)));

    assertEquals("longer than the 1000 characters allowed", e.getMessage());
  }

  @Test
  void scaleBeyondTheBoundIsRefused() {
    assertEquals("its scale, -100000000, is outside the -1000 to 1000 allowed",
        assertThrowsExactly(NumberBounds.Exceeded.class, () -> Decimals.parse("1e100000000")).getMessage());
    assertEquals("its scale, -1001, is outside the -1000 to 1000 allowed",
        assertThrowsExactly(NumberBounds.Exceeded.class, () -> Decimals.parse("1e1001")).getMessage());
    assertEquals("its scale, 1001, is outside the -1000 to 1000 allowed",
        assertThrowsExactly(NumberBounds.Exceeded.class, () -> Decimals.parse("-1e-1001")).getMessage());
  }
}
