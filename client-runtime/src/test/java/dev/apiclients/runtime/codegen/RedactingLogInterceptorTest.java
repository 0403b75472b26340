package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class RedactingLogInterceptorTest {
  private final RedactingLogInterceptor.Secrets secrets = new RedactingLogInterceptor.Secrets(
      new HashSet<>(Arrays.asList("Authorization", "API-TOKEN")),
      new HashSet<>(Arrays.asList("Password", "ApiKey", "client_secret", "access_token")));

  @Test
  void jsonSecretsAreMaskedWhateverTheirCaseOrSpacing() {
    String body = "{\"Username\":\"u\",\"password\" : \"p\\\"w\",\"ApiKey\":\"k-1\",\"Name\":\"x\"}";

    assertEquals("{\"Username\":\"u\",\"password\" : \"***\",\"ApiKey\":\"***\",\"Name\":\"x\"}",
        secrets.redactBody(body));
  }

  @Test
  void nonStringJsonSecretsAreMaskedToo() {
    assertEquals("{\"access_token\":\"***\",\"expires_in\":3}",
        secrets.redactBody("{\"access_token\":12345,\"expires_in\":3}"));
  }

  @Test
  void formSecretsAreMasked() {
    assertEquals("grant_type=client_credentials&client_id=abc&client_secret=***",
        secrets.redactBody("grant_type=client_credentials&client_id=abc&client_secret=s3cr%2Bt"));
  }

  @Test
  void secretHeadersMatchAnyCase() {
    assertTrue(secrets.isSecretHeader("api-token"));
    assertTrue(secrets.isSecretHeader("AUTHORIZATION"));
    assertFalse(secrets.isSecretHeader("X-Cyclr-Account"));
  }
}
