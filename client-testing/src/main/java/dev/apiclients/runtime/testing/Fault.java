package dev.apiclients.runtime.testing;

import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiHttpException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.internal.http.HttpDate;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;

/**
 * One row of the fault matrix that every client must pass: what the server (or the network) does,
 * and what the caller must see for an idempotent call (GET) and an unsafe one (POST/PATCH), with
 * how many requests reach the server. The table in {@code docs/fault-matrix.md} lists these rows.
 */
public enum Fault {
  CONNECTION_REFUSED("connection refused",
      Outcome.fails(ApiConnectionException.class, 0), Outcome.fails(ApiConnectionException.class, 0),
      valid -> Collections.emptyList()),
  RESET_BEFORE_RESPONSE("connection reset before the response",
      Outcome.succeeds(2), Outcome.fails(ApiConnectionException.class, 1),
      valid -> thenValid(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST), valid)),
  RESET_MID_BODY("connection reset in the middle of the body",
      Outcome.succeeds(2), Outcome.fails(ApiConnectionException.class, 1),
      valid -> thenValid(json(200, valid).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY), valid)),
  TRUNCATED_JSON("200 with truncated JSON", Outcome.fails(ApiDecodeException.class, 1),
      valid -> only(json(200, valid.substring(0, valid.length() / 2)))),
  HTML_BODY("200 with an HTML page from a proxy", Outcome.fails(ApiDecodeException.class, 1),
      valid -> only(new MockResponse().setHeader("Content-Type", "text/html")
          .setBody("<html><body><h1>Welcome to nginx!</h1></body></html>"))),
  EMPTY_BODY("200 with an empty body", Outcome.fails(ApiDecodeException.class, 1),
      valid -> only(json(200, ""))),
  WRONG_CONTENT_TYPE("200 with valid JSON labelled text/plain", Outcome.succeeds(1),
      valid -> only(new MockResponse().setHeader("Content-Type", "text/plain").setBody(valid))),
  BAD_REQUEST_400("400", Outcome.fails(ApiHttpException.BadRequestException.class, 1),
      valid -> only(json(400, "{\"error\":\"INVALID\",\"message\":\"bad\",\"Message\":\"bad\"}"))),
  UNAUTHORIZED_401("401", Outcome.fails(ApiHttpException.UnauthorizedException.class, 1),
      valid -> only(json(401, "{\"Message\":\"Authorization has been denied for this request.\"}"))),
  FORBIDDEN_403("403", Outcome.fails(ApiHttpException.ForbiddenException.class, 1),
      valid -> only(json(403, "{\"data\":{\"data\":{\"error\":\"NOACC\",\"message\":\"no\"}}}"))),
  NOT_FOUND_404("404", Outcome.fails(ApiHttpException.NotFoundException.class, 1),
      valid -> only(json(404, "{\"error\":\"NOTFOUND\",\"message\":\"gone\"}"))),
  CONFLICT_409("409", Outcome.fails(ApiHttpException.class, 1),
      valid -> only(json(409, "{\"error\":\"CONFLICT\",\"message\":\"exists\"}"))),
  UNPROCESSABLE_422("422", Outcome.fails(ApiHttpException.class, 1),
      valid -> only(json(422, "{\"error\":\"INVALID\",\"message\":\"state\"}"))),
  RATE_LIMITED_RETRY_AFTER_SECONDS("429 with Retry-After: 1, then 200",
      Outcome.succeeds(2), Outcome.fails(ApiHttpException.RateLimitedException.class, 1),
      valid -> thenValid(json(429, "{}").setHeader("Retry-After", "1"), valid)),
  RATE_LIMITED_RETRY_AFTER_DATE("429 with Retry-After as an HTTP-date, then 200",
      Outcome.succeeds(2), Outcome.fails(ApiHttpException.RateLimitedException.class, 1),
      valid -> thenValid(json(429, "{}").setHeader("Retry-After", oneSecondFromNow()), valid)),
  RATE_LIMITED_NO_RETRY_AFTER("429 without Retry-After, then 200",
      Outcome.succeeds(2), Outcome.fails(ApiHttpException.RateLimitedException.class, 1),
      valid -> thenValid(json(429, "{}"), valid)),
  RATE_LIMITED_TOO_LONG("429 with Retry-After longer than the policy allows",
      Outcome.fails(ApiHttpException.RateLimitedException.class, 1),
      valid -> thenValid(json(429, "{}").setHeader("Retry-After", "86400"), valid)),
  SERVER_ERROR_500("500 (not retried: the server may have acted)",
      Outcome.fails(ApiHttpException.ServerErrorException.class, 1),
      valid -> thenValid(json(500, "{}"), valid)),
  BAD_GATEWAY_502("502, then 200",
      Outcome.succeeds(2), Outcome.fails(ApiHttpException.ServerErrorException.class, 1),
      valid -> thenValid(json(502, "<html>Bad Gateway</html>"), valid)),
  UNAVAILABLE_503_PERSISTENT("503 on every attempt",
      Outcome.fails(ApiHttpException.ServerErrorException.class, 3),
      Outcome.fails(ApiHttpException.ServerErrorException.class, 1),
      valid -> everyAttempt(() -> json(503, "{}"))),
  GATEWAY_TIMEOUT_504("504, then 200",
      Outcome.succeeds(2), Outcome.fails(ApiHttpException.ServerErrorException.class, 1),
      valid -> thenValid(json(504, "{}"), valid)),
  READ_TIMEOUT("no answer within the read timeout",
      Outcome.fails(ApiConnectionException.class, 3), Outcome.fails(ApiConnectionException.class, 1),
      valid -> everyAttempt(() -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE))),
  SLOW_BODY_PAST_CALL_TIMEOUT("a body trickling in past the call timeout",
      // On a loaded machine a chunk can miss the read timeout, and a GET is then retried until the
      // call timeout ends it. MockWebServer throttles the request body too, so an unsafe call may
      // time out before the server has counted it: sent once, counted once or not at all.
      Outcome.failsAtMost(ApiConnectionException.class, 3), Outcome.failsAtMost(ApiConnectionException.class, 1),
      // Each chunk arrives within the read timeout, but the whole body takes longer than the call may.
      // 8 KiB at 64 bytes per 100 ms takes over 12 s: far past the 5 s call timeout.
      valid -> only(json(200, padded(valid, 8 << 10)).throttleBody(64, 100, TimeUnit.MILLISECONDS))),
  WAIT_PAST_CALL_TIMEOUT("503 with Retry-After: 2 after a body of 3.5 s (the wait would pass the call timeout)",
      // 3.5 s used plus a 2 s wait is past the 5 s call timeout: the GET ends at once, without waiting;
      // a POST or PATCH is not retried, so it sees the 503. The body comes in 1 KiB chunks 700 ms
      // apart, within the read timeout; the requests' own bodies fit in one chunk, so are not slowed.
      Outcome.fails(ApiConnectionException.class, 1), Outcome.fails(ApiHttpException.ServerErrorException.class, 1),
      valid -> only(json(503, padded("{}", 5 << 10)).setHeader("Retry-After", "2")
          .throttleBody(1 << 10, 700, TimeUnit.MILLISECONDS))),
  HUGE_BODY("200 with a 16 MiB body (an unknown property padding a valid one)", Outcome.succeeds(1),
      valid -> only(json(200, padded(valid, 16 << 20)))),
  REDIRECT_TO_OTHER_HOST("302 to another host (not followed: credentials stay home)",
      Outcome.fails(ApiHttpException.class, 1),
      valid -> only(new MockResponse().setResponseCode(302).setHeader("Location", "https://example.com/steal"))),
  BODY_OVER_THE_LIMIT("200 with a body over the limit (33 MiB, chunked; maxResponseBytes is 32 MiB)",
      Outcome.fails(ApiDecodeException.class, 1),
      valid -> only(json(200, "").setChunkedBody(paddedBytes(valid, 33 << 20), 1 << 20))),
  ERROR_BODY_OVER_THE_LIMIT("500 with a body over the limit (33 MiB; the exception keeps 64 KiB)",
      Outcome.fails(ApiHttpException.ServerErrorException.class, 1),
      valid -> only(json(500, "").setBody(paddedBytes(valid, 33 << 20)))),
  GZIP_BOMB("200 with a gzip bomb (1 MiB on the wire, 1 GiB inflated)", Outcome.fails(ApiDecodeException.class, 1),
      valid -> only(json(200, "").setHeader("Content-Encoding", "gzip")
          .setBody(GzipBomb.of(HostileServer.OPENING, 1L << 30)))),
  HUGE_NUMBERS_UNKNOWN("200 with huge numbers in unknown members (400,000 digits, 1e100000000, "
      + HostileJson.WRAPPING_INTEGER + ")", Outcome.succeeds(1),
      valid -> only(json(200, "{\"total\":" + HostileJson.digits(400_000) + ",\"scale\":1e100000000,\"serial\":"
          + HostileJson.WRAPPING_INTEGER + "," + valid.substring(1)))),
  HUGE_NUMBERS_ERROR("400 with huge numbers as its error code and message (1e400, 400,000 digits)",
      Outcome.fails(ApiHttpException.BadRequestException.class, 1),
      valid -> only(json(400, "{\"error\":1e400,\"message\":" + HostileJson.digits(400_000) + ",\"Message\":-1e400}"))),
  STACK_DEEP_INPUT("200 with stack-deep input (100,000 nested arrays in an unknown member)",
      Outcome.fails(ApiDecodeException.class, 1),
      valid -> only(json(200, "{\"deep\":" + HostileJson.nestedArrays(100_000, true) + "," + valid.substring(1)))),
  STACK_DEEP_ERROR("400 with stack-deep input (100,000 unclosed arrays)",
      Outcome.fails(ApiHttpException.BadRequestException.class, 1),
      valid -> only(json(400, HostileJson.nestedArrays(100_000, false))));

  /** More answers than the policy's three attempts can use. */
  private static final int EVERY_ATTEMPT = 4;

  private final String description;
  private final Outcome idempotent;
  private final Outcome unsafe;
  private final Answers answers;

  Fault(String description, Outcome both, Answers answers) {
    this(description, both, both, answers);
  }

  Fault(String description, Outcome idempotent, Outcome unsafe, Answers answers) {
    this.description = description;
    this.idempotent = idempotent;
    this.unsafe = unsafe;
    this.answers = answers;
  }

  /** Queues what the server answers; {@code validBody} is a body both calls decode. */
  void enqueue(MockWebServer server, String validBody) {
    for (MockResponse answer : answers.given(validBody)) {
      server.enqueue(answer);
    }
  }

  public String description() {
    return description;
  }

  public Outcome idempotent() {
    return idempotent;
  }

  public Outcome unsafe() {
    return unsafe;
  }

  /** Prefixes a valid object body with an unknown property of {@code bytes} characters. */
  static String padded(String validBody, int bytes) {
    StringBuilder padding = new StringBuilder(bytes);
    for (int i = 0; i < bytes; i++) {
      padding.append('x');
    }
    return "{\"padding\":\"" + padding + "\"," + validBody.substring(1);
  }

  /**
   * {@link #padded}, as bytes: a body of tens of MiB costs its size once in the test's heap, not
   * three times as a string, its UTF-8 and its chunks.
   */
  static Buffer paddedBytes(String validBody, int bytes) {
    Buffer body = new Buffer().writeUtf8("{\"padding\":\"");
    byte[] xs = new byte[8192];
    Arrays.fill(xs, (byte) 'x');
    for (int left = bytes; left > 0; left -= xs.length) {
      body.write(xs, 0, Math.min(left, xs.length));
    }
    return body.writeUtf8("\",").writeUtf8(validBody.substring(1));
  }

  private static List<MockResponse> only(MockResponse answer) {
    return Collections.singletonList(answer);
  }

  /** {@code first}, then a 200 with the valid body: what a retry would receive. */
  private static List<MockResponse> thenValid(MockResponse first, String validBody) {
    return Arrays.asList(first, json(200, validBody));
  }

  private static List<MockResponse> everyAttempt(Supplier<MockResponse> answer) {
    List<MockResponse> answers = new ArrayList<>();
    for (int i = 0; i < EVERY_ATTEMPT; i++) {
      answers.add(answer.get());
    }
    return answers;
  }

  private static String oneSecondFromNow() {
    return HttpDate.format(new Date(System.currentTimeMillis() + 1000));
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json").setBody(body);
  }

  /** What the server answers, in order, to the requests of one call. */
  interface Answers {
    List<MockResponse> given(String validBody);
  }

  /** What the caller sees: success or an exception type, and the requests the server received. */
  public static final class Outcome {
    final Class<? extends Exception> failure;
    final int requests;
    final boolean atMost;

    private Outcome(Class<? extends Exception> failure, int requests, boolean atMost) {
      this.failure = failure;
      this.requests = requests;
      this.atMost = atMost;
    }

    static Outcome succeeds(int requests) {
      return new Outcome(null, requests, false);
    }

    static Outcome fails(Class<? extends Exception> failure, int requests) {
      return new Outcome(failure, requests, false);
    }

    static Outcome failsAtMost(Class<? extends Exception> failure, int requests) {
      return new Outcome(failure, requests, true);
    }

    @Override
    public String toString() {
      return (failure == null ? "decoded value" : failure.getName().replace('$', '.')
          .replace("dev.apiclients.runtime.", "")) + ", " + (atMost ? "at most " : "") + requests + " request(s)";
    }
  }
}
