package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers a broken or hostile server gives, sent to a client's idempotent call once synchronously
 * and once as a future: each must end as the {@link Hostile} row says, a decoded value or an {@link
 * ApiException} subtype, never another exception, and every future must complete within {@link
 * #FUTURE_BOUND_SECONDS}. A client module extends this with how to build its client.
 */
public abstract class HostileAnswersContract {
  /** The response-body limit the clients under test are built with: small, so bodies past it stay cheap. */
  protected static final long MAX_RESPONSE_BYTES = 1 << 20;
  static final long FUTURE_BOUND_SECONDS = 20;

  private final MockWebServer server = new MockWebServer();

  /** A client of {@code baseUrl} with {@link #MAX_RESPONSE_BYTES} as its limit and no retries. */
  protected interface Target extends Closeable {
    /** Calls a GET operation whose 200 body is {@link #validBody()}; returns the decoded body. */
    Object call() throws ApiException;

    /** The same call as a future. */
    CompletableFuture<?> callAsync();

    /** An object body the call decodes. */
    String validBody();

    @Override
    void close();
  }

  protected abstract Target connect(String baseUrl);

  @AfterEach
  void shutDown() throws IOException {
    server.shutdown();
  }

  @ParameterizedTest
  @EnumSource(Hostile.class)
  void synchronousCallEndsAsPlanned(Hostile hostile) throws Exception {
    try (Target target = connect(server.url("/").newBuilder().host("127.0.0.1").build().toString())) {
      server.enqueue(hostile.answer.apply(target.validBody()));
      if (hostile.failure == null) {
        assertNotNull(target.call(), hostile.name());
      } else {
        ApiException e = assertThrows(ApiException.class, target::call, hostile.name());
        assertEquals(hostile.failure, e.getClass(), hostile.name() + ": " + e);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Hostile.class)
  void futureCompletesAsPlanned(Hostile hostile) throws Exception {
    try (Target target = connect(server.url("/").newBuilder().host("127.0.0.1").build().toString())) {
      server.enqueue(hostile.answer.apply(target.validBody()));
      CompletableFuture<?> future = target.callAsync();
      try {
        Object value = future.get(FUTURE_BOUND_SECONDS, TimeUnit.SECONDS);
        if (hostile.failure != null) {
          fail(hostile.name() + ": decoded " + value + " where " + hostile.failure.getSimpleName() + " was due");
        }
        assertNotNull(value, hostile.name());
      } catch (ExecutionException e) {
        assertTrue(e.getCause() instanceof ApiException, hostile.name() + ": " + e.getCause());
        assertEquals(hostile.failure, e.getCause().getClass(), hostile.name() + ": " + e.getCause());
      } catch (TimeoutException e) {
        fail(hostile.name() + ": the future did not complete within " + FUTURE_BOUND_SECONDS + " s");
      }
    }
  }

  /** One hostile answer and what the caller must see: a decoded value (null) or this exception type. */
  protected enum Hostile {
    NOT_JSON(ApiDecodeException.class, valid -> json(200, "<html><body>Welcome to nginx!</body></html>")),
    NUMBER_BEYOND_DOUBLE_IN_AN_UNKNOWN_MEMBER(null, valid -> json(200, member(valid, "1e400"))),
    NUMBER_BEYOND_LONG_IN_AN_UNKNOWN_MEMBER(null, valid -> json(200, member(valid, "-92233720368547758080"))),
    MOSHI_INTEGER_DEFECT_IN_AN_UNKNOWN_MEMBER(null, valid -> json(200, member(valid, HostileJson.WRAPPING_INTEGER))),
    MILLION_DIGITS_IN_AN_UNKNOWN_MEMBER(null, valid -> json(200, member(valid, HostileJson.digits(1_000_000)))),
    MILLION_CHARACTER_STRING_IN_AN_UNKNOWN_MEMBER(null,
        valid -> json(200, member(valid, HostileJson.longString(1_000_000)))),
    MILLION_CHARACTER_ESCAPED_STRING(null,
        valid -> json(200, member(valid, "\"" + "\\\"".repeat(500_000) + "\""))),
    NESTING_100_000_DEEP(ApiDecodeException.class, valid -> json(200, HostileJson.nestedArrays(100_000, true))),
    BODY_OVER_THE_LIMIT(ApiDecodeException.class,
        valid -> json(200, member(valid, HostileJson.longString((int) MAX_RESPONSE_BYTES)))),
    /** 64 MiB of spaces inside a string, about 64 KiB on the wire. */
    GZIP_BOMB(ApiDecodeException.class, valid -> gzipBomb(valid, 64)),
    NUMBER_BEYOND_DOUBLE_IN_AN_ERROR_CODE(ApiHttpException.BadRequestException.class,
        valid -> json(400, "{\"error\":1e400,\"message\":-1e400,\"Message\":1e400,\"data\":{\"error\":-1e400}}")),
    NUMBER_BEYOND_LONG_IN_AN_ERROR_CODE(ApiHttpException.BadRequestException.class,
        valid -> json(400, "{\"error\":184467440737095516160,\"Message\":-92233720368547758080}")),
    MILLION_DIGITS_IN_AN_ERROR_CODE(ApiHttpException.ForbiddenException.class,
        valid -> json(403, "{\"error\":" + HostileJson.digits(1_000_000) + "}")),
    MILLION_CHARACTER_ERROR_MESSAGE(ApiHttpException.NotFoundException.class,
        valid -> json(404, "{\"error\":\"E\",\"message\":" + HostileJson.longString(1_000_000) + ",\"Message\":\"m\"}")),
    NESTING_100_000_DEEP_IN_AN_ERROR(ApiHttpException.BadRequestException.class,
        valid -> json(400, "{\"data\":".repeat(100_000) + "1" + "}".repeat(100_000))),
    ERROR_BODY_OVER_THE_LIMIT(ApiHttpException.ServerErrorException.class,
        valid -> json(500, HostileJson.longString(2 * (int) MAX_RESPONSE_BYTES))),
    NOT_JSON_ERROR(ApiHttpException.ServerErrorException.class,
        valid -> json(500, "<html>" + "<div>".repeat(10_000) + "</html>"));

    final Class<? extends ApiException> failure;
    final Function<String, MockResponse> answer;

    Hostile(Class<? extends ApiException> failure, Function<String, MockResponse> answer) {
      this.failure = failure;
      this.answer = answer;
    }
  }

  /** A valid object body with one more, unknown member whose value is {@code value}. */
  static String member(String validBody, String value) {
    return "{\"hostile\":" + value + "," + validBody.substring(1);
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  private static MockResponse gzipBomb(String validBody, int mebibytesOfSpaces) {
    Buffer compressed = new Buffer();
    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed.outputStream())) {
      gzip.write("{\"hostile\":\"".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < mebibytesOfSpaces; i++) {
        gzip.write(spaces);
      }
      gzip.write(("\"," + validBody.substring(1)).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new MockResponse().setHeader("Content-Type", "application/json").setHeader("Content-Encoding", "gzip")
        .setBody(compressed);
  }
}
