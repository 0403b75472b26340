package dev.apiclients.contract;

import dev.apiclients.cyclis.CyclisCallbacks;
import dev.apiclients.runtime.ApiDecodeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * An integrator's callback endpoint on loopback, for a mock server that acts out the spec's
 * callbacks (Prism sends them to the URL a {@code registerCallback} call registered): it accepts
 * every callback with 204, as the spec's {@code 2XX} allows, and reads each body with the client's
 * own parser, {@link CyclisCallbacks#parse}, the way an integrator's endpoint would.
 */
final class CallbackReceiver implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final AtomicInteger parsed = new AtomicInteger();
  private final List<String> parseFailures = new ArrayList<>();

  CallbackReceiver() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody().readUtf8();
        try {
          CyclisCallbacks.parse(body);
          parsed.incrementAndGet();
        } catch (ApiDecodeException | RuntimeException e) {
          synchronized (parseFailures) {
            parseFailures.add(body + ": " + e);
          }
        }
        return new MockResponse().setResponseCode(204);
      }
    });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The URL to register, with the loopback literal as its host: the client refuses a plain http
   * callback URL to any other host, and a canonical host name need not be {@code localhost}.
   */
  URI url() {
    return server.url("/cyclis/callback").newBuilder().host("127.0.0.1").build().uri();
  }

  /** Waits until {@code expected} callbacks have arrived, or the timeout has passed. */
  void awaitCount(int expected, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (server.getRequestCount() < expected && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  int received() {
    return server.getRequestCount();
  }

  int parsed() {
    return parsed.get();
  }

  List<String> parseFailures() {
    synchronized (parseFailures) {
      return List.copyOf(parseFailures);
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
