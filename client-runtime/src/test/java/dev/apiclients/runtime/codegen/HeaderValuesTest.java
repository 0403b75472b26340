package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderValuesTest {
  /** The edges of visible ASCII ('!' and '~') and a bearer token's usual characters. */
  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"!", "~", "abc123", "eyJhbGciOi.JIUzI1NiJ9-_~+/=", "!~"})
  void visibleAsciiIsAccepted(String value) {
    assertTrue(HeaderValues.isVisibleAscii(value));
  }

  /** A space (0x20) or DEL (0x7f) anywhere, control characters, non-ASCII: OkHttp would print the value in its refusal. */
  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {" ", "tok en", "token ", " token", "token\u007f", "\u007f", "tok\nen", "token\u0080", "tök"})
  void anythingElseIsRefused(String value) {
    assertFalse(HeaderValues.isVisibleAscii(value));
  }
}
