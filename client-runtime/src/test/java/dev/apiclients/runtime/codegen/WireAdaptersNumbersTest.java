package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Numbers are bounded as Jackson's {@code StreamReadConstraints} bound them: at most 1,000
 * characters, and a decimal's scale within ±1,000. Past a bound the message names the value (its
 * start), the path and the bound.
 */
class WireAdaptersNumbersTest {
  private static final String DIGITS = "9".repeat(400_000);
  /** How a message shows a value too long to repeat. */
  private static final String DIGITS_SHOWN = "9".repeat(32) + "... (400000 characters)";
  /** Far more than a bounded read takes; the unbounded ones take seconds or never end. */
  private static final Duration QUICKLY = Duration.ofSeconds(10);

  private static <T> JsonAdapter<T> adapter(java.lang.reflect.Type type) {
    return WireAdapters.moshi().adapter(type);
  }

  private static final java.lang.reflect.Type DECIMALS = Types.newParameterizedType(Map.class, String.class, BigDecimal.class);
  private static final java.lang.reflect.Type INTS = Types.newParameterizedType(List.class, Integer.class);
  private static final java.lang.reflect.Type LONGS = Types.newParameterizedType(List.class, Long.class);

  @Test
  void decimalLongerThanTheBoundIsRefusedNamingPathAndBound() {
    JsonDataException e = assertTimeoutPreemptively(QUICKLY, () -> assertThrowsExactly(JsonDataException.class,
        () -> adapter(DECIMALS).fromJson("{\"a\":" + DIGITS + "}")));

    assertEquals("Expected a decimal number but was " + DIGITS_SHOWN
        + " at path $.a: longer than the 1000 characters allowed", e.getMessage());
  }

  @Test
  void decimalWithAScaleBeyondTheBoundIsRefusedNamingPathAndBound() {
    JsonDataException big = assertThrowsExactly(JsonDataException.class,
        () -> adapter(DECIMALS).fromJson("{\"a\":1e100000000}"));
    JsonDataException small = assertThrowsExactly(JsonDataException.class,
        () -> adapter(DECIMALS).fromJson("{\"b\":\"1e-1001\"}"));

    assertEquals("Expected a decimal number but was 1e100000000 at path $.a: its scale, -100000000, is outside"
        + " the -1000 to 1000 allowed", big.getMessage());
    assertEquals("Expected a decimal number but was 1e-1001 at path $.b: its scale, 1001, is outside"
        + " the -1000 to 1000 allowed", small.getMessage());
  }

  @Test
  void decimalsAtTheBoundsAreRead() throws Exception {
    String longest = "9".repeat(1000);

    Map<String, BigDecimal> read = WireAdaptersNumbersTest.<Map<String, BigDecimal>>adapter(DECIMALS).fromJson(
        "{\"longest\":" + longest + ",\"large\":1e1000,\"small\":-1e-1000}");

    assertEquals(new BigDecimal(longest), read.get("longest"));
    assertEquals(new BigDecimal("1e1000"), read.get("large"));
    assertEquals(new BigDecimal("-1e-1000"), read.get("small"));
  }

  @Test
  void intLongerThanTheBoundIsRefusedNamingPathAndBound() {
    JsonDataException e = assertTimeoutPreemptively(QUICKLY, () -> assertThrowsExactly(JsonDataException.class,
        () -> adapter(INTS).fromJson("[1," + DIGITS + "]")));

    assertEquals("Expected an int but was " + DIGITS_SHOWN + " at path $[1]: longer than the 1000 characters allowed",
        e.getMessage());
  }

  @Test
  void intIsReadAsMoshiReadsIt() throws Exception {
    assertEquals(Arrays.asList(7, -2147483648, 100, 1, 12),
        adapter(INTS).fromJson("[7,-2147483648,1e2,1.0,\"12\"]"));
    assertEquals("Expected an int but was 2147483648 at path $[0]", assertThrowsExactly(JsonDataException.class,
        () -> adapter(INTS).fromJson("[2147483648]")).getMessage());
    assertEquals("Expected an int but was 1.5 at path $[1]", assertThrowsExactly(JsonDataException.class,
        () -> adapter(INTS).fromJson("[1,1.5]")).getMessage());
    assertEquals("Expected an int but was BOOLEAN at path $[0]", assertThrowsExactly(JsonDataException.class,
        () -> adapter(INTS).fromJson("[true]")).getMessage());
  }

  @Test
  void longLongerThanTheBoundIsRefusedNamingPathAndBound() {
    JsonDataException e = assertTimeoutPreemptively(QUICKLY, () -> assertThrowsExactly(JsonDataException.class,
        () -> adapter(LONGS).fromJson("[" + DIGITS + "]")));

    assertEquals("Expected a long but was " + DIGITS_SHOWN + " at path $[0]: longer than the 1000 characters allowed",
        e.getMessage());
  }

  @Test
  void longWithAScaleBeyondTheBoundIsRefusedNamingTheBound() {
    JsonDataException e = assertThrowsExactly(JsonDataException.class,
        () -> adapter(LONGS).fromJson("[1e-100000000]"));

    assertEquals("Expected a long but was 1e-100000000 at path $[0]: its scale, 100000000, is outside"
        + " the -1000 to 1000 allowed", e.getMessage());
  }

  @Test
  void longIsReadAsMoshiReadsIt() throws Exception {
    assertEquals(Arrays.asList(9223372036854775807L, -5L, 1000L, 2L),
        adapter(LONGS).fromJson("[9223372036854775807,\"-5\",1e3,2.0]"));
    assertEquals("Expected a long but was 9223372036854775808 at path $[0]",
        assertThrowsExactly(JsonDataException.class, () -> adapter(LONGS).fromJson("[9223372036854775808]"))
            .getMessage());
    assertEquals("Expected a long but was NULL at path $",
        assertThrowsExactly(JsonDataException.class, () -> WireAdapters.moshi().adapter(long.class).fromJson("null"))
            .getMessage());
  }

  /** Moshi's strict mode refuses infinities itself; a lenient read (the fallback for valid JSON) must too. */
  @Test
  void doubleBeyondItsRangeIsRefusedEvenLeniently() {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8("{\"a\":1e400}"));
    reader.setLenient(true);

    JsonDataException e = assertThrowsExactly(JsonDataException.class,
        () -> adapter(Types.newParameterizedType(Map.class, String.class, Double.class)).fromJson(reader));

    assertEquals("Expected a double but was 1e400 at path $.a: beyond the range of a double", e.getMessage());
  }

  @Test
  void freeFormNumberBeyondADoubleIsRefusedEvenLeniently() {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8("{\"meta\":{\"total\":-1e400}}"));
    reader.setLenient(true);

    JsonDataException e = assertThrowsExactly(JsonDataException.class,
        () -> adapter(Types.newParameterizedType(Map.class, String.class, Object.class)).fromJson(reader));

    assertEquals("Expected a double but was -1e400 at path $.meta.total: beyond the range of a double", e.getMessage());
  }

  static final class Primitives {
    @Json(name = "i") int i;
    @Json(name = "l") long l;
    @Json(name = "d") double d;
  }

  @Test
  void primitiveFieldsAreReadWithinTheBoundsToo() throws Exception {
    Primitives read = WireAdapters.moshi().adapter(Primitives.class).fromJson("{\"i\":1,\"l\":2,\"d\":1.5}");

    assertEquals(1, read.i);
    assertEquals(2L, read.l);
    assertEquals(1.5, read.d);
    assertEquals("Expected an int but was " + DIGITS_SHOWN + " at path $.i: longer than the 1000 characters allowed",
        assertThrowsExactly(JsonDataException.class,
            () -> WireAdapters.moshi().adapter(Primitives.class).fromJson("{\"i\":" + DIGITS + "}")).getMessage());
  }
}
