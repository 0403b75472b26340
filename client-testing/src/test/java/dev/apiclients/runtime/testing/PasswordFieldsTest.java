package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFieldsTest {
  @TempDir
  Path dir;

  @Test
  void findsThePropertiesMarkedPasswordAtAnyDepth() throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.write(spec, String.join("\n",
        "components:",
        "  schemas:",
        "    Login:",
        "      type: object",
        "      properties:",
        "        Username:",
        "          type: string",
        "        Password:",
        "          type: string",
        "          description: Never logged.",
        "          format: password",
        "        Nested:",
        "          type: object",
        "          properties:",
        "            'api_key':",
        "              format: \"password\"",
        "              type: string",
        "        Created:",
        "          type: string",
        "          format: date-time",
        "").getBytes(StandardCharsets.UTF_8));

    assertEquals(Set.of("Password", "api_key"), PasswordFields.in(spec));
  }

  @Test
  void findsThePropertiesMarkedXSecret() throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.write(spec, String.join("\n",
        "components:",
        "  schemas:",
        "    Registration:",
        "      type: object",
        "      properties:",
        "        url:",
        "          type: string",
        "          format: uri",
        "          x-secret: true",
        "        homepage:",
        "          type: string",
        "          format: uri",
        "          x-secret: false",
        "").getBytes(StandardCharsets.UTF_8));

    assertEquals(Set.of("url"), PasswordFields.in(spec));
  }

  @Test
  void jsonCarriesEachNameWithItsLeakedValue() {
    assertEquals("{\"data\":[],\"ApiKey\":\"leak-ApiKey\",\"Token\":\"leak-Token\"}",
        PasswordFields.jsonWithEach(new java.util.TreeSet<>(Set.of("Token", "ApiKey"))));
  }

  @Test
  void maskedFieldsPass() {
    PasswordFields.assertMaskedIn(Set.of("Token"), List.of("--> POST /x", "{\"data\":[],\"Token\":\"***\"}"));
  }

  @Test
  void aLeakedValueFailsNamingTheField() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> PasswordFields.assertMaskedIn(Set.of("Token"), List.of("{\"Token\":\"leak-Token\"}")));
    assertEquals("Token is logged: {\"Token\":\"leak-Token\"}", e.getMessage());
  }

  @Test
  void aFieldMissingFromTheLogFails() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> PasswordFields.assertMaskedIn(Set.of("Token"), List.of("{\"data\":[]}")));
    assertEquals("Token is not in the log, masked: [{\"data\":[]}]", e.getMessage());
  }
}
