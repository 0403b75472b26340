package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.builderFor;
import static dev.apiclients.cyclr.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.ApiLogger;
import dev.apiclients.runtime.testing.PasswordFields;
import dev.apiclients.runtime.testing.StartedServer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every property the Cyclr spec marks {@code format: password} is masked in BODY-level logs: the
 * list the client masks is generated from the spec, and this test reads the spec on its own.
 */
class CyclrPasswordFieldsLogTest {
  private final MockWebServer server = new MockWebServer();
  @RegisterExtension
  final StartedServer started = new StartedServer(server);
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @Test
  void noPasswordFieldOfTheSpecReachesABodyLogLine() throws Exception {
    Set<String> fields = PasswordFields.ofSpecUnderTest();
    server.enqueue(json(PasswordFields.jsonWithEach(fields)));

    try (CyclrClient cyclr = builderFor(server).bearerToken("access-token-1")
        .logger(lines::add, ApiLogger.Level.BODY).build()) {
      assertEquals(200, cyclr.calls().partner().getPartnerDetails().execute().code());
    }

    assertTrue(fields.containsAll(Set.of("ApiKey", "Password", "Token")), fields::toString);
    PasswordFields.assertMaskedIn(fields, lines);
  }
}
