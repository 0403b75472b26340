package dev.apiclients.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAgentTest {
  @Test
  void describesClientSpecHttpStackAndJava() {
    assertEquals("cyclis-generated/1.2.0 (Cyclis Integrator API 1.4.0) okhttp/3.14.9 java/1.8.0_402",
        UserAgent.describe("cyclis-generated", "1.2.0", "Cyclis Integrator API", "1.4.0", "okhttp/3.14.9",
            "java/1.8.0_402"));
  }

  @Test
  void specTitleCannotBreakOutOfItsComment() {
    assertEquals("x/1 (A _beta_ API_ 2) okhttp/3.14.9 java/17",
        UserAgent.describe("x", "1", "A (beta) API\\", "2", "okhttp/3.14.9", "java/17"));
  }

  @Test
  void appendsTheApplication() {
    assertEquals("base MyApp/2.1-rc.1", UserAgent.withApp("base", "MyApp", "2.1-rc.1"));
  }

  @Test
  void refusesAnApplicationNameThatIsNotAToken() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UserAgent.withApp("base", "My App", "2.1"));

    assertEquals("appInfo name must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~),"
        + " but has ' ' at index 2: My App", e.getMessage());
  }

  @Test
  void refusesAVersionWithAControlCharacter() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UserAgent.withApp("base", "MyApp", "2.1\r\nX-Evil: 1"));

    assertEquals("appInfo version must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~),"
        + " but has '\\u000d' at index 3: 2.1\\u000d\\u000aX-Evil: 1", e.getMessage());
  }

  @Test
  void refusesMissingParts() {
    assertEquals("appInfo name must not be null or empty",
        assertThrows(IllegalArgumentException.class, () -> UserAgent.withApp("b", null, "1")).getMessage());
    assertEquals("appInfo version must not be null or empty",
        assertThrows(IllegalArgumentException.class, () -> UserAgent.withApp("b", "a", "")).getMessage());
  }

  @Test
  void missingFactsAreUnknown() {
    assertEquals("no-such-artifact/unknown (unknown unknown) okhttp/3.14.9 java/" + System.getProperty("java.version"),
        UserAgent.forClient(UserAgentTest.class, "no-such-artifact"));
  }

  @Test
  void factsComeFromThePropertiesTheClientsJarCarries() {
    assertEquals("client-runtime-test/1.0.0-test (Items API _test_ 2.0) okhttp/3.14.9 java/"
        + System.getProperty("java.version"), UserAgent.forClient(UserAgentTest.class, "client-runtime-test"));
  }

  @Test
  void everyLetterAndDigitAndTheTokenSymbolsAreAccepted() {
    assertEquals("b azAZ09/!#$%&'*+-.^_`|~", UserAgent.withApp("b", "azAZ09", "!#$%&'*+-.^_`|~"));
  }

  /** The characters on either side of the letter and digit ranges. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{", "@", "[", "/", ":"})
  void charactersNextToTheLettersAndDigitsAreRefused(String c) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UserAgent.withApp("b", "a" + c, "1"));

    assertEquals("appInfo name must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~),"
        + " but has '" + c + "' at index 1: a" + c, e.getMessage());
  }

  @Test
  void deleteIsRefusedAndShownEscaped() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UserAgent.withApp("b", "App\u007f", "1"));

    assertEquals("appInfo name must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~),"
        + " but has '\\u007f' at index 3: App\\u007f", e.getMessage());
  }

  @Test
  void deleteInTheSpecTitleIsReplacedAndSpacesAreKept() {
    assertEquals("x/1 (A_ B 2) okhttp/3.14.9 java/17",
        UserAgent.describe("x", "1", "A\u007f B", "2", "okhttp/3.14.9", "java/17"));
  }
}
