package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import dev.apiclients.runtime.codegen.WireAdapters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenEnumTest {
  /** Shaped like the classes codegen/templates/modelEnum.mustache generates. */
  static final class Color extends OpenEnum {
    static final Color RED = new Color("red");
    private static final Map<String, Color> KNOWN = index(RED);

    private Color(String value) {
      super(value);
    }

    public static Color of(String value) {
      Color known = KNOWN.get(value);
      return known != null ? known : new Color(value);
    }

    @Override
    public boolean isKnown() {
      return KNOWN.containsKey(value());
    }
  }

  static final class Shade extends OpenEnum {
    Shade(String value) {
      super(value);
    }

    @Override
    public boolean isKnown() {
      return false;
    }
  }

  private final JsonAdapter<Color> adapter = WireAdapters.moshi().adapter(Color.class);

  @Test
  void knownValueDecodesToTheConstant() throws Exception {
    assertSame(Color.RED, adapter.fromJson("\"red\""));
  }

  @Test
  void unknownValueIsKeptAndReadable() throws Exception {
    Color teal = adapter.fromJson("\"teal\"");

    assertEquals("teal", teal.value());
    assertFalse(teal.isKnown());
    assertEquals(Color.of("teal"), teal);
    assertEquals("\"teal\"", adapter.toJson(teal));
  }

  @Test
  void equalityNeedsSameTypeAndValue() {
    assertNotEquals(new Shade("red"), Color.RED);
    assertTrue(Color.RED.isKnown());
    assertEquals("red", Color.RED.toString());
  }

  /** Unknown values are new instances each time they are read, so hashed collections rely on the value's hash. */
  @Test
  void equalValuesHashAlikeAndDifferentValuesApart() {
    assertEquals(Color.of("teal").hashCode(), Color.of("teal").hashCode());
    assertNotEquals(Color.of("teal").hashCode(), Color.of("navy").hashCode());
  }
}
