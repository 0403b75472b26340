package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.builderFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.ApiLogger;
import dev.apiclients.runtime.testing.PasswordFields;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every property the Cyclr spec marks {@code format: password} is masked in BODY-level logs: the
 * list the client masks is generated from the spec, and this test reads the spec on its own.
 */
class CyclrPasswordFieldsLogTest {
  @Test
  void noPasswordFieldOfTheSpecReachesABodyLogLine() throws Exception {
    PasswordFields.assertMaskedInBodyLog((server, log) -> {
      try (CyclrClient cyclr = builderFor(server).bearerToken("access-token-1").logger(log, ApiLogger.Level.BODY)
          .build()) {
        return cyclr.calls().partner().getPartnerDetails().execute();
      }
    });
  }

  @Test
  void theSpecMarksTheConnectorCredentialsAndTheSignInTokenAsPasswords() throws Exception {
    // Guards the spec reading itself: were it to find nothing, the test above would pass empty.
    Set<String> fields = PasswordFields.ofSpecUnderTest();

    assertTrue(fields.containsAll(Set.of("ApiKey", "Password", "Token")), fields::toString);
  }
}
