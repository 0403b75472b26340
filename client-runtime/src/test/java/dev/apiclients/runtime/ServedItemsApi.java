package dev.apiclients.runtime;

import java.io.IOException;
import java.util.Collections;
import java.util.function.UnaryOperator;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer and an {@link ItemsApi} on the stack a {@link TestClientBuilder} builds, both
 * closed after each test; register it with {@code @RegisterExtension}.
 */
final class ServedItemsApi implements AfterEachCallback {
  final MockWebServer server = new MockWebServer();
  final Transport transport;
  final ItemsApi api;

  /**
   * @param basePath the base URL's path on the server, such as {@code /v1/}
   * @param settings the builder settings of the test
   */
  ServedItemsApi(String basePath, UnaryOperator<TestClientBuilder> settings, RequestRule requestRule) {
    transport = settings.apply(new TestClientBuilder(server.url(basePath).toString(), Collections.emptySet()))
        .buildTransport(ItemsApi.ERRORS, requestRule);
    api = transport.create(ItemsApi.class);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    transport.close();
    server.shutdown();
  }
}
