package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.ApiLogger;
import dev.apiclients.runtime.testing.PasswordFields;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every property the Cyclis spec marks as a secret ({@code format: password} or {@code x-secret:
 * true}) is masked in BODY-level logs: the list the client masks is generated from the spec, and
 * this test reads the spec on its own.
 */
class CyclisPasswordFieldsLogTest {
  @Test
  void noSecretFieldOfTheSpecReachesABodyLogLine() throws Exception {
    List<String> lines = PasswordFields.assertMaskedInBodyLog((server, log) -> {
      try (CyclisClient client = clientFor(server).logger(log, ApiLogger.Level.BODY).build()) {
        return client.calls().dealers().listDealers().execute();
      }
    });

    assertTrue(lines.stream().anyMatch(line -> line.startsWith("{\"data\":[]")), () -> "body not logged: " + lines);
  }

  @Test
  void theSpecMarksTheCallbackUrlAsASecret() throws Exception {
    // Guards the spec reading itself: were it to find nothing, the test above would pass empty.
    assertEquals(Set.of("url"), PasswordFields.ofSpecUnderTest());
  }
}
