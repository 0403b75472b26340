package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.apiclients.runtime.OpenEnum;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Open enums are matched on the reader's bytes when they can be; every other value still goes to {@code of}. */
class OpenEnumDecodingTest {
  /** Shaped like codegen/templates/modelEnum.mustache's classes, plus a static that {@code of} does not return. */
  public static final class Mode extends OpenEnum {
    public static final Mode FAST = new Mode("fast");
    public static final Mode SLOW = new Mode("slow");
    /** Not a constant of the set: {@code of("legacy")} makes a new instance, so decoding must too. */
    public static final Mode LEGACY = new Mode("legacy");
    private static final Map<String, Mode> KNOWN = index(FAST, SLOW);

    private Mode(String value) {
      super(value);
    }

    public static Mode of(String value) {
      Mode known = KNOWN.get(value);
      return known != null ? known : new Mode(value);
    }

    @Override
    public boolean isKnown() {
      return KNOWN.containsKey(value());
    }
  }

  private final JsonAdapter<List<Mode>> adapter =
      WireAdapters.moshi().adapter(Types.newParameterizedType(List.class, Mode.class));

  @Test
  void knownValuesDecodeToTheirConstants() throws Exception {
    List<Mode> modes = adapter.fromJson("[\"slow\",\"fast\",\"slow\"]");

    assertSame(Mode.SLOW, modes.get(0));
    assertSame(Mode.FAST, modes.get(1));
    assertSame(Mode.SLOW, modes.get(2));
  }

  @Test
  void aKnownValueWrittenWithAnEscapeIsStillTheConstant() throws Exception {
    assertSame(Mode.FAST, adapter.fromJson("[\"f\\u0061st\"]").get(0));
  }

  @Test
  void aStaticThatOfDoesNotReturnIsNotTakenForAConstant() throws Exception {
    Mode legacy = adapter.fromJson("[\"legacy\"]").get(0);

    assertEquals("legacy", legacy.value());
    assertFalse(legacy.isKnown());
  }

  @Test
  void unknownValuesNumbersAndNullsGoTheOldWay() throws Exception {
    List<Mode> modes = adapter.fromJson("[\"fastest\",42,null,\"FAST\"]");

    assertEquals(Arrays.asList("fastest", "42", null, "FAST"),
        Arrays.asList(modes.get(0).value(), modes.get(1).value(), null, modes.get(3).value()));
    assertNull(modes.get(2));
    assertFalse(modes.get(0).isKnown());
    assertFalse(modes.get(3).isKnown());
  }

  @Test
  void anUnknownValueDoesNotDisturbTheRestOfTheDocument() throws Exception {
    JsonAdapter<Map<String, Mode>> map =
        WireAdapters.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Mode.class));

    Map<String, Mode> decoded = map.fromJson("{\"a\":\"turbo\",\"b\":\"slow\"}");

    assertEquals("turbo", decoded.get("a").value());
    assertSame(Mode.SLOW, decoded.get("b"));
  }
}
