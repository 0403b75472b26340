package dev.apiclients.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
