package dev.apiclients.cyclis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.apiclients.runtime.ProviderError;
import dev.apiclients.runtime.testing.ErrorParserContract;
import dev.apiclients.runtime.testing.HostileJson;
import org.junit.jupiter.api.Test;

/** Reading Cyclis error bodies, hostile ones included ({@link ErrorParserContract}). */
class CyclisErrorsTest extends ErrorParserContract {
  private final CyclisErrors errors = new CyclisErrors();

  @Override
  protected ProviderError.Parser parser() {
    return errors;
  }

  @Test
  void codeAndMessageAtTheTopOrNestedInData() {
    ProviderError top = errors.parse("{\"error\":\"NOACC\",\"message\":\"No access\"}");
    ProviderError nested = errors.parse("{\"data\":{\"data\":{\"error\":\"NOACC\",\"message\":\"No access\"}}}");

    assertEquals("NOACC", top.code());
    assertEquals("No access", top.message());
    assertEquals("NOACC", nested.code());
    assertEquals("No access", nested.message());
  }

  @Test
  void numericCodeIsReadAsWritten() {
    assertEquals("1001", errors.parse("{\"error\":1001}").code());
  }

  @Test
  void codeBeyondADoubleIsNoCodeAndTheMessageStays() {
    ProviderError error = errors.parse("{\"error\":1e400,\"message\":\"Too big\"}");

    assertNull(error.code());
    assertEquals("Too big", error.message());
  }

  @Test
  void codeThatMoshisStrictModeRefusesIsReadAsWritten() {
    assertEquals(HostileJson.WRAPPING_INTEGER, errors.parse("{\"error\":" + HostileJson.WRAPPING_INTEGER + "}").code());
  }

  @Test
  void bodyNestedTooDeepGivesNone() {
    assertSame(ProviderError.NONE, errors.parse("{\"error\":\"E\",\"x\":" + HostileJson.nestedArrays(100_000, true) + "}"));
  }
}
