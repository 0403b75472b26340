package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
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
 * Every property the Cyclis spec marks {@code format: password} is masked in BODY-level logs. The
 * spec has none today; the day it gets one, this test holds the generated list to it.
 */
class CyclisPasswordFieldsLogTest {
  private final MockWebServer server = new MockWebServer();
  @RegisterExtension
  final StartedServer started = new StartedServer(server);
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @Test
  void noPasswordFieldOfTheSpecReachesABodyLogLine() throws Exception {
    Set<String> fields = PasswordFields.ofSpecUnderTest();
    server.enqueue(json(200, PasswordFields.jsonWithEach(fields)));

    try (CyclisClient client = clientFor(server).logger(lines::add, ApiLogger.Level.BODY).build()) {
      assertEquals(200, client.calls().dealers().listDealers().execute().code());
    }

    assertTrue(lines.stream().anyMatch(line -> line.startsWith("{\"data\":[]")), () -> "body not logged: " + lines);
    PasswordFields.assertMaskedIn(fields, lines);
  }
}
