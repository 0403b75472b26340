package dev.apiclients.runtime.testing;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives each test a started {@link MockWebServer} and a client pointed at
 * it, and closes both after the test. The server starts when the test instance is created (JUnit's
 * default: one instance per test), so that the test can keep both in final fields.
 *
 * <pre>{@code
 * @RegisterExtension
 * final ServedClient<CyclisClient> served = ServedClient.start(server -> CyclisTestServer.clientFor(server).build());
 * private final MockWebServer server = served.server();
 * private final CyclisClient client = served.client();
 * }</pre>
 *
 * @param <C> the client type
 */
public final class ServedClient<C extends Closeable> implements AfterEachCallback {
  private final MockWebServer server;
  private final C client;

  private ServedClient(MockWebServer server, Function<MockWebServer, C> client) {
    this.server = server;
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("MockWebServer did not start", e);
    }
    this.client = client.apply(server);
  }

  /** Starts a server that answers from its queue ({@code server().enqueue(..)}), and builds the client. */
  public static <C extends Closeable> ServedClient<C> start(Function<MockWebServer, C> client) {
    return new ServedClient<>(new MockWebServer(), client);
  }

  /** Starts a server that answers with {@code dispatcher}, and builds the client. */
  public static <C extends Closeable> ServedClient<C> start(
      Dispatcher dispatcher, Function<MockWebServer, C> client) {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(dispatcher);
    return new ServedClient<>(server, client);
  }

  /**
   * The server's URL for {@code path} with the host {@code 127.0.0.1}: the client builders accept
   * plain http only on loopback literals and {@code localhost}, and the literal also avoids a lookup.
   */
  public static HttpUrl loopback(MockWebServer server, String path) {
    return server.url(path).newBuilder().host("127.0.0.1").build();
  }

  public MockWebServer server() {
    return server;
  }

  public C client() {
    return client;
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      client.close();
    } finally {
      server.shutdown();
    }
  }
}
