package dev.apiclients.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {
  @Test
  void canonicalTextInEitherCaseParsesToTheSameBits() {
    UUID expected = new UUID(0x497f6eca62764993L, 0xbfeb53cbbbba6f08L);

    assertEquals(expected, Uuids.parse("497f6eca-6276-4993-bfeb-53cbbbba6f08"));
    assertEquals(expected, Uuids.parse("497F6ECA-6276-4993-BFEB-53CBBBBA6F08"));
    assertEquals(expected, Uuids.parse("497f6ECA-6276-4993-bFeB-53cbbbba6F08"));
  }

  @Test
  void extremeValuesKeepTheirSignBits() {
    assertEquals(new UUID(0, 0), Uuids.parse("00000000-0000-0000-0000-000000000000"));
    assertEquals(new UUID(-1, -1), Uuids.parse("ffffffff-ffff-ffff-ffff-ffffffffffff"));
    assertEquals(new UUID(Long.MIN_VALUE, 1), Uuids.parse("80000000-0000-0000-0000-000000000001"));
  }

  @Test
  void randomUuidsParseAsTheJdkParsesThem() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      UUID uuid = new UUID(random.nextLong(), random.nextLong());
      String text = random.nextBoolean() ? uuid.toString() : uuid.toString().toUpperCase(Locale.ROOT);

      assertEquals(UUID.fromString(text), Uuids.parse(text), text);
    }
  }

  /**
   * Shapes outside the canonical one take the JDK's path: what it accepts (short groups, and on
   * some JDKs a sign or a non-ASCII digit, which {@code Long.parseLong} reads) and how it refuses.
   */
  @Test
  void otherShapesGetTheJdksValueOrItsException() {
    for (String text : Arrays.asList("1-2-3-4-5", "+97f6eca-6276-4993-bfeb-53cbbbba6f08",
        "497f6eca-6276-4993-bfeb-53cbbbba6f0\u0668", "497f6eca-6276-4993-bfeb-53cbbbba6f0\uff10")) {
      assertSameOutcome(text);
    }
    for (String text : Arrays.asList("", "not-a-uuid", "497f6eca-6276-4993-bfeb-53cbbbba6f0g",
        "497f6eca-6276-4993-bfeb-53cbbbba6f08a", "497f6eca62764993bfeb53cbbbba6f08xxxx",
        "497f6eca-6276-4993-bfeb_53cbbbba6f08", "497f6eca-6276-4993-bfeb-53cbbbba6f0\u00e9",
        "497f6eca-6276-4993-bfeb-53cbbbba6f0 ")) {
      IllegalArgumentException jdk = assertThrows(IllegalArgumentException.class, () -> UUID.fromString(text), text);
      IllegalArgumentException ours = assertThrows(IllegalArgumentException.class, () -> Uuids.parse(text), text);
      assertEquals(jdk.getClass(), ours.getClass(), text);
      assertEquals(jdk.getMessage(), ours.getMessage(), text);
    }
  }

  private static void assertSameOutcome(String text) {
    Object jdk;
    try {
      jdk = UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      jdk = e.getClass() + ": " + e.getMessage();
    }
    Object ours;
    try {
      ours = Uuids.parse(text);
    } catch (IllegalArgumentException e) {
      ours = e.getClass() + ": " + e.getMessage();
    }
    assertEquals(jdk, ours, text);
  }
}
