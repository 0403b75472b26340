package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonObjectsTest {
  @Test
  void objectBodyIsReadLeniently() {
    Map<String, Object> object = JsonObjects.parse("{'error': 'NOACC', \"data\": {\"message\": \"No access\"}}");

    assertEquals("NOACC", object.get("error"));
    assertEquals(Collections.singletonMap("message", "No access"), object.get("data"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullSource
  @ValueSource(strings = {"", " \n", "<html>Bad gateway</html>", "[{\"error\":\"NOACC\"}]", "\"NOACC\"", "{\"error\":"})
  void bodyThatIsNotAJsonObjectGivesNull(String body) {
    assertNull(JsonObjects.parse(body));
  }

  @Test
  void childIsTheNestedObjectOnly() {
    Map<String, Object> object = JsonObjects.parse("{\"data\": {\"error\": \"E1\"}, \"list\": [], \"text\": \"x\"}");

    assertEquals(Collections.singletonMap("error", "E1"), JsonObjects.child(object, "data"));
    assertNull(JsonObjects.child(object, "list"));
    assertNull(JsonObjects.child(object, "text"));
    assertNull(JsonObjects.child(object, "absent"));
    assertNull(JsonObjects.child(null, "data"));
  }

  @Test
  void textIsAStringOrANumberAsWritten() {
    Map<String, Object> object = JsonObjects.parse(
        "{\"code\": \"NOACC\", \"status\": 1001, \"ratio\": 0.25, \"flag\": true, \"data\": {}, \"none\": null}");

    assertEquals("NOACC", JsonObjects.text(object, "code"));
    assertEquals("1001", JsonObjects.text(object, "status"));
    assertEquals("0.25", JsonObjects.text(object, "ratio"));
    assertNull(JsonObjects.text(object, "flag"));
    assertNull(JsonObjects.text(object, "data"));
    assertNull(JsonObjects.text(object, "none"));
    assertNull(JsonObjects.text(object, "absent"));
    assertNull(JsonObjects.text(null, "code"));
  }

  /** A double cannot hold them: Moshi reads them as infinities, which have no text as a code. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e400", "-1e400", "1e100000000"})
  void textOfANumberBeyondADoubleIsNull(String number) {
    assertNull(JsonObjects.text(JsonObjects.parse("{\"error\": " + number + "}"), "error"));
  }

  @Test
  void textOfA400000DigitNumberIsNull() {
    assertNull(JsonObjects.text(JsonObjects.parse("{\"error\": " + "9".repeat(400_000) + "}"), "error"));
  }
}
