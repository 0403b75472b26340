package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class BodyRedactionTest {
  private final BodyRedaction redaction =
      new BodyRedaction(new HashSet<>(Arrays.asList("Password", "ApiKey", "client_secret", "access_token")));

  @Test
  void jsonSecretsAreMaskedWhateverTheirCaseOrSpacing() {
    String body = "{\"Username\":\"u\",\"password\" : \"p\\\"w\",\"ApiKey\":\"k-1\",\"Name\":\"x\"}";

    assertEquals("{\"Username\":\"u\",\"password\" : \"***\",\"ApiKey\":\"***\",\"Name\":\"x\"}",
        redaction.redact(body));
  }

  @Test
  void nonStringJsonSecretsAreMaskedToo() {
    assertEquals("{\"access_token\":\"***\",\"expires_in\":3}",
        redaction.redact("{\"access_token\":12345,\"expires_in\":3}"));
    assertEquals("[{\"ApiKey\":\"***\"}]", redaction.redact("[{\"ApiKey\":42}]"));
  }

  @Test
  void secretsInPrettyPrintedJsonAreMasked() {
    assertEquals("{\n  \"Password\":\n    \"***\"\n}", redaction.redact("{\n  \"Password\":\n    \"hunter2\"\n}"));
  }

  @Test
  void formSecretsAreMasked() {
    assertEquals("grant_type=client_credentials&client_id=abc&client_secret=***",
        redaction.redact("grant_type=client_credentials&client_id=abc&client_secret=s3cr%2Bt"));
    assertEquals("client_secret=***&client_id=abc", redaction.redact("client_secret=s3cr%2Bt&client_id=abc"));
  }

  @Test
  void secretsInAQueryStringAreMasked() {
    assertEquals("--> GET https://example.com/x?ApiKey=***&page=2",
        redaction.redact("--> GET https://example.com/x?ApiKey=k-1&page=2"));
  }

  @Test
  void fieldsThatOnlyStartLikeASecretAreKept() {
    assertEquals("{\"PasswordHint\":\"pets\",\"client_id\":\"abc\"}",
        redaction.redact("{\"PasswordHint\":\"pets\",\"client_id\":\"abc\"}"));
  }

  @Test
  void noFieldsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BodyRedaction(Collections.emptySet()));
    assertEquals("no secret fields", e.getMessage());
  }
}
