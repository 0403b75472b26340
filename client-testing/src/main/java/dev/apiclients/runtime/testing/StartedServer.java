package dev.apiclients.runtime.testing;

import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a MockWebServer before each test and shuts it down after it, for a test class that needs
 * no other set-up; a test then sets the server's dispatcher or queue itself.
 *
 * <pre>
 * private final MockWebServer server = new MockWebServer();
 * {@literal @}RegisterExtension
 * final StartedServer started = new StartedServer(server);
 * </pre>
 */
public final class StartedServer implements BeforeEachCallback, AfterEachCallback {
  private final MockWebServer server;

  public StartedServer(MockWebServer server) {
    this.server = server;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server.start();
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    server.shutdown();
  }
}
