package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"{}", " [1, -0.5e+3, true, false, null, \"a\\u00e9\\n\"] ", "\"x\"", "0",
      "{\"total\":184467440737095516160}", "\ufeff{\"a\":{}}"})
  void oneJsonValueIsJson(String text) {
    assertTrue(JsonText.isJson(utf8(text)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "{\"name\":\"a", "<html>", "{} {}", "01", "NaN", "{a:1}", "['a']", "[1,]", "1.", "-"})
  void anythingElseIsNot(String text) {
    assertFalse(JsonText.isJson(utf8(text)));
  }

  @Test
  void depthOfAnyNestingIsMeasuredWithoutRecursion() throws Exception {
    assertEquals(100_000, JsonText.depthOf(utf8("[".repeat(100_000) + "]".repeat(100_000)), 0));
  }

  @Test
  void malformedNamesTheByteAndWhatJsonExpects() {
    JsonText.Malformed e = assertThrowsExactly(JsonText.Malformed.class, () -> JsonText.depthOf(utf8("[1,]"), 0));

    assertEquals("unexpected ']' at byte 3; expected a value", e.getMessage());
  }
}
