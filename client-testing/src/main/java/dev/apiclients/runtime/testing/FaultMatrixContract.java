package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.ClientBuilder;
import dev.apiclients.runtime.RetryPolicy;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retrofit2.Response;

/**
 * The fault matrix every generated client passes: each {@link Fault} once for an idempotent call
 * and once for an unsafe one. A client module extends this with how to build its client and which
 * two operations to call, usually with {@link #withMatrixSettings} and {@link #clientUnderTest}.
 */
public abstract class FaultMatrixContract {
  /** The retry policy the matrix expects: two retries, quick backoff, Retry-After up to 2 s. */
  protected static final RetryPolicy POLICY =
      RetryPolicy.builder().maxRetries(2).initialBackoffMillis(1).maxRetryAfterMillis(2_000).build();
  /**
   * Read timeout 1 s, call timeout 5 s: see {@link Fault#READ_TIMEOUT} and the slow body. Generous
   * enough that a loaded 2-core CI machine does not turn a prompt answer into a timeout.
   */
  protected static final long READ_TIMEOUT_MILLIS = 1_000;
  protected static final long CALL_TIMEOUT_MILLIS = 5_000;

  /** A client connected to {@code baseUrl}, configured with the constants above. */
  protected interface ClientUnderTest extends Closeable {
    /** Calls a GET operation whose 200 body is {@link #validBody()}. */
    Response<?> idempotentCall() throws IOException;

    /** Calls a POST or PATCH operation whose 200 body is {@link #validBody()}. */
    Response<?> unsafeCall() throws IOException;

    /** A body both operations decode. */
    String validBody();

    @Override
    void close();
  }

  /** One call of the client under test. */
  protected interface Request {
    Response<?> send() throws IOException;
  }

  protected abstract ClientUnderTest connect(String baseUrl);

  /** Gives {@code builder} the matrix's retry policy and timeouts. */
  protected static <B extends ClientBuilder<B>> B withMatrixSettings(B builder) {
    return builder
        .retryPolicy(POLICY)
        .readTimeout(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
        .callTimeout(CALL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** A client under test made of its two calls, the body both decode, and how to close it. */
  protected static ClientUnderTest clientUnderTest(Request idempotentCall, Request unsafeCall, String validBody,
      Runnable close) {
    return new ClientUnderTest() {
      @Override
      public Response<?> idempotentCall() throws IOException {
        return idempotentCall.send();
      }

      @Override
      public Response<?> unsafeCall() throws IOException {
        return unsafeCall.send();
      }

      @Override
      public String validBody() {
        return validBody;
      }

      @Override
      public void close() {
        close.run();
      }
    };
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void idempotentCall(Fault fault) throws Exception {
    check(fault, fault.idempotent(), true);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void unsafeCallIsNeverRepeated(Fault fault) throws Exception {
    check(fault, fault.unsafe(), false);
  }

  private void check(Fault fault, Fault.Outcome expected, boolean idempotent) throws Exception {
    MockWebServer server = new MockWebServer();
    server.start();
    String baseUrl = server.url("/").newBuilder().host("127.0.0.1").build().toString();
    try (ClientUnderTest client = connect(baseUrl)) {
      fault.enqueue(server, client.validBody());
      if (fault == Fault.CONNECTION_REFUSED) {
        server.shutdown();
      }
      if (expected.failure == null) {
        Response<?> response = idempotent ? client.idempotentCall() : client.unsafeCall();
        assertNotNull(response.body(), fault.description());
      } else {
        assertThrowsExactly(expected.failure, idempotent ? client::idempotentCall : client::unsafeCall,
            fault.description());
      }
      if (expected.atMost) {
        assertTrue(server.getRequestCount() <= expected.requests, fault.description() + ": requests");
      } else {
        assertEquals(expected.requests, server.getRequestCount(), fault.description() + ": requests");
      }
    } finally {
      server.shutdown();
    }
  }
}
