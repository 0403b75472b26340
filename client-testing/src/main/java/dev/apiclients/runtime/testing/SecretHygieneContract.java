package dev.apiclients.runtime.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every client's secret-hygiene test stands on: a server started for each test, the lines the
 * client logs (at BODY level, every one scanned), and the check that the test's {@link
 * ScannedOperation}s are every operation of the client. A client module extends this with its
 * operations, the answers it tries, and the scans.
 */
public abstract class SecretHygieneContract {
  protected final MockWebServer server = new MockWebServer();
  @RegisterExtension
  protected final StartedServer started = new StartedServer(server);
  /** What the client logs; a test passes {@code lines::add} as the client's logger. */
  protected final List<String> lines = new CopyOnWriteArrayList<>();

  private final Class<?> clientType;
  private final int operationCount;
  private final List<? extends ScannedOperation<?>> operations;

  /**
   * @param clientType the client's calls type, whose operations are read by reflection
   * @param operationCount how many operations it has
   * @param operations the operations the test scans
   */
  protected SecretHygieneContract(Class<?> clientType, int operationCount,
      List<? extends ScannedOperation<?>> operations) {
    this.clientType = clientType;
    this.operationCount = operationCount;
    this.operations = operations;
  }

  @Test
  void everyOperationOfTheClientIsCovered() {
    // A new operation in the spec fails here until the subclass lists it.
    ScannedOperation.assertCoverEveryOperationOf(clientType, operationCount, operations);
  }
}
