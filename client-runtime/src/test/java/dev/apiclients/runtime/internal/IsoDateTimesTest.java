package dev.apiclients.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class IsoDateTimesTest {
  @Test
  void wireShapesParseAsTheJdkParsesThem() {
    List<String> offsetDateTimes = Arrays.asList(
        "2019-08-24T14:15:22Z", "2026-01-01T00:00:00.1234567Z", "2026-01-01T00:00:00.1Z",
        "2026-01-01T00:00:00.123456789Z", "2020-02-29T23:59:59+01:00", "1999-12-31T23:59:59-05:30",
        "2019-08-24T14:15:22+00:00", "2019-08-24T14:15:22-00:00", "0000-01-01T00:00:00+18:00");
    for (String text : offsetDateTimes) {
      assertEquals(OffsetDateTime.parse(text), IsoDateTimes.offsetDateTime(text), text);
    }
    for (String text : Arrays.asList("2017-02-09T16:23:08", "2017-02-09T16:23:08.5", "2017-02-09T16:23:08.000000001")) {
      assertEquals(LocalDateTime.parse(text), IsoDateTimes.localDateTime(text), text);
    }
  }

  @Test
  void randomDateTimesParseAsTheJdkParsesThem() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      String fraction = random.nextInt(3) == 0 ? "" : "." + digits(random, 1 + random.nextInt(9));
      String local = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d%s", random.nextInt(10_000),
          1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
          random.nextInt(60), fraction);
      String offset = random.nextBoolean() ? "Z" : String.format(Locale.ROOT, "%s%02d:%02d",
          random.nextBoolean() ? "+" : "-", random.nextInt(18), random.nextInt(4) * 15);
      assertEquals(OffsetDateTime.parse(local + offset), IsoDateTimes.offsetDateTime(local + offset), local + offset);
      assertEquals(LocalDateTime.parse(local), IsoDateTimes.localDateTime(local), local);
    }
  }

  @Test
  void otherFormsTheJdkAcceptsStillParse() {
    for (String text : Arrays.asList("2019-08-24t14:15:22z", "2019-08-24T14:15Z", "+12019-08-24T14:15:22Z",
        "2019-08-24T14:15:22+01:00:30", "2019-08-24T14:15:22+0100")) {
      assertSameOutcome(text, OffsetDateTime::parse, IsoDateTimes::offsetDateTime);
    }
    for (String text : Arrays.asList("2017-02-09t16:23:08", "2017-02-09T16:23")) {
      assertEquals(LocalDateTime.parse(text), IsoDateTimes.localDateTime(text), text);
    }
  }

  @Test
  void impossibleOrMalformedValuesFailWithTheJdksException() {
    for (String text : Arrays.asList("2019-02-30T00:00:00Z", "2019-08-24T24:00:00Z", "2019-13-01T00:00:00Z",
        "2019-08-24T14:15:22.1234567890Z", "2019-08-24T14:15:22+19:00", "2019-08-24T14:15:22.Z",
        "2019-08-24T14:15:22", "2019-08-24 14:15:22Z", "2019-08-24T14:15:22ZZ", "garbage", "")) {
      assertSameOutcome(text, OffsetDateTime::parse, IsoDateTimes::offsetDateTime);
    }
    for (String text : Arrays.asList("2017-02-30T16:23:08", "2017-02-09T16:23:08Z", "2017-02-09T16:23:61")) {
      assertSameOutcome(text, LocalDateTime::parse, IsoDateTimes::localDateTime);
    }
  }

  /**
   * A value in the common shape but for one character, chosen so that a parser which took it for a
   * digit or a separator would compute a valid date-time (':' reads as ten, '/' as minus one: day
   * "1:" would be the 20th), must fail as the JDK fails, not give a wrong value.
   */
  @Test
  void oneWrongCharacterInTheCommonShapeFailsWithTheJdksException() {
    for (String text : Arrays.asList(
        "201:-08-24T14:15:22Z", "201/-08-24T14:15:22Z", "2019-0:-24T14:15:22Z", "2019-08-1:T14:15:22Z",
        "2019-08-24T1::15:22Z", "2019-08-24T14:1::22Z", "2019-08-24T14:15:1:Z", "2019-08-24T14:15:1/Z",
        "2019x08-24T14:15:22Z", "2019-08x24T14:15:22Z", "2019-08-24x14:15:22Z", "2019-08-24T14x15:22Z",
        "2019-08-24T14:15x22Z", "2019-08-24T14:15:22.xZ", "2019-08-24T14:15:22.1:Z",
        "2019-08-24T14:15:22X", "2019-08-24T14:15:22X01:00", "2019-08-24T14:15:22+0::00",
        "2019-08-24T14:15:22+01x00", "2019-08-24T14:15:22+01:0:", "2019-08-24T14:15:22.5+01:0:")) {
      assertSameOutcome(text, OffsetDateTime::parse, IsoDateTimes::offsetDateTime);
    }
    for (String text : Arrays.asList("2017-02-09T16:23:0:", "2017-02-09T16:2::08", "2017-02-09T16:23:08.:")) {
      assertSameOutcome(text, LocalDateTime::parse, IsoDateTimes::localDateTime);
    }
  }

  @Test
  void valuesShorterThanTheCommonShapeFailWithTheJdksException() {
    for (String text : Arrays.asList("2019", "2019-08-24", "2019-08-24T14", "2019-08-24T14:15:2")) {
      assertSameOutcome(text, OffsetDateTime::parse, IsoDateTimes::offsetDateTime);
      assertSameOutcome(text, LocalDateTime::parse, IsoDateTimes::localDateTime);
    }
    assertSameOutcome("", LocalDateTime::parse, IsoDateTimes::localDateTime);
  }

  /** Same value, or the same exception type and message. */
  private static <T> void assertSameOutcome(String text, Function<String, T> jdk, Function<String, T> ours) {
    T expected;
    try {
      expected = jdk.apply(text);
    } catch (DateTimeException e) {
      Executable call = () -> ours.apply(text);
      DateTimeException actual = assertThrows(e.getClass(), call, text);
      assertEquals(e.getMessage(), actual.getMessage(), text);
      return;
    }
    assertEquals(expected, ours.apply(text), text);
  }

  private static String digits(Random random, int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }
}
