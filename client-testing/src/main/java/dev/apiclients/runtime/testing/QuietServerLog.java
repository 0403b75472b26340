package dev.apiclients.runtime.testing;

import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Turns MockWebServer's log down to warnings for each test of a class that names it in {@code
 * ExtendWith}, and back after the test. MockWebServer logs every request at INFO; for a load of
 * thousands of calls those lines would cost more than the calls.
 */
public final class QuietServerLog implements BeforeEachCallback, AfterEachCallback {
  /** Held here because java.util.logging holds loggers weakly: a collected one forgets its level. */
  private static final Logger SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(QuietServerLog.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    // Kept per test, not in a field: one instance of an extension serves every test of the class.
    context.getStore(NAMESPACE).put(Level.class, SERVER_LOG.getLevel());
    SERVER_LOG.setLevel(Level.WARNING);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    SERVER_LOG.setLevel(context.getStore(NAMESPACE).get(Level.class, Level.class));
  }
}
