package dev.apiclients.cyclr;

import com.squareup.moshi.JsonAdapter;
import dev.apiclients.cyclr.model.TokenResponse;
import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.ProviderError;
import dev.apiclients.runtime.RetryPolicy;
import dev.apiclients.runtime.codegen.BodyRedaction;
import dev.apiclients.runtime.codegen.HeaderValues;
import dev.apiclients.runtime.codegen.JsonText;
import dev.apiclients.runtime.codegen.RequiredFields;
import dev.apiclients.runtime.codegen.WireAdapters;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Cyclr access tokens from the OAuth 2.0 client-credentials grant, cached until shortly before they
 * expire and fetched by one thread at a time: callers that need a token while a request for one is
 * under way wait for it and share its result, success or failure.
 */
final class OAuthTokens {
  private static final JsonAdapter<TokenResponse> TOKEN_RESPONSE =
      WireAdapters.moshi().adapter(TokenResponse.class);
  /**
   * A malformed token answer may still hold a token; the exception keeps the body without it. Only a
   * body that is kept is masked: a good answer goes nowhere but into the cache.
   */
  private static final BodyRedaction TOKEN_FIELDS = new BodyRedaction(BodyRedaction.OAUTH_FIELDS);
  /** OAuth 2.0 compares token types without regard to case (RFC 6749 section 7.1). */
  private static final String BEARER = "bearer";
  private static final long MAX_MARGIN_SECONDS = 60;
  /** The longest pause a token endpoint's refusal is remembered for; keeps its arithmetic clear of overflow. */
  private static final Duration MAX_REFUSAL = Duration.ofDays(1);
  /** Far beyond Cyclr's 14 days; keeps the expiry arithmetic clear of overflow. */
  private static final long MAX_LIFETIME_SECONDS = TimeUnit.DAYS.toSeconds(365);

  private final HttpUrl tokenUrl;
  private final String clientId;
  private final String clientSecret;
  private final String scope;
  private final ProviderError.Parser errors;
  private final LongSupplier nanoClock;
  private volatile OkHttpClient http;

  private final Object lock = new Object();
  private AccessToken current; // guarded by lock
  private CompletableFuture<AccessToken> inFlight; // guarded by lock
  private ApiHttpException refusal; // guarded by lock: a 429/503 whose Retry-After has not passed
  private long refusedUntilNanos; // guarded by lock

  /**
   * @param scope the token request's {@code scope}, or null for a partner-wide token
   * @param nanoClock a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests
   */
  OAuthTokens(HttpUrl tokenUrl, String clientId, String clientSecret, String scope,
      ProviderError.Parser errors, LongSupplier nanoClock) {
    this.tokenUrl = tokenUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.scope = scope;
    this.errors = errors;
    this.nanoClock = nanoClock;
  }

  /**
   * Sends token requests with the API client's settings (timeouts, pool, proxies, redacting log),
   * minus the interceptor that adds tokens: a token request must not wait for a token.
   */
  void useClientOf(OkHttpClient apiClient) {
    OkHttpClient.Builder builder = apiClient.newBuilder();
    builder.interceptors().removeIf(interceptor -> interceptor instanceof OAuthInterceptor);
    this.http = builder.build();
  }

  /** Returns a token that is not about to expire, requesting one if needed. */
  String token() throws IOException {
    CompletableFuture<AccessToken> flight;
    boolean leader = false;
    synchronized (lock) {
      long now = nanoClock.getAsLong();
      if (current != null && current.isFresh(now)) {
        return current.value;
      }
      if (refusal != null && now - refusedUntilNanos < 0) {
        // The token endpoint asked for a pause: asking again before it ends would only be refused,
        // so every call until then fails with its answer (and Retry-After) without a request.
        throw refusal;
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        leader = true;
      }
      flight = inFlight;
    }
    return leader ? lead(flight).value : await(flight).value;
  }

  /**
   * Forgets {@code failed} after the server refused it. A token that has already been replaced is
   * left alone, so that many calls failing with the same old token cause a single refresh.
   */
  void invalidate(String failed) {
    synchronized (lock) {
      if (current != null && current.value.equals(failed)) {
        current = null;
      }
    }
  }

  private AccessToken lead(CompletableFuture<AccessToken> flight) throws IOException {
    AccessToken fetched;
    try {
      fetched = fetch();
    } catch (IOException | RuntimeException | Error e) {
      synchronized (lock) {
        inFlight = null;
        rememberRefusal(e);
      }
      flight.completeExceptionally(e);
      throw e;
    }
    synchronized (lock) {
      current = fetched;
      inFlight = null;
    }
    flight.complete(fetched);
    return fetched;
  }

  /** Keeps a refusal that names how long to wait (a 429 or 503 with {@code Retry-After}). */
  private void rememberRefusal(Throwable failure) {
    if (!(failure instanceof ApiHttpException)) {
      return;
    }
    ApiHttpException http = (ApiHttpException) failure;
    Duration pause = http.retryAfter();
    if (pause == null || !RetryPolicy.isRetryableStatus(http.statusCode())) {
      return;
    }
    // Capped so that the arithmetic cannot overflow; a day of refusals is as good as a century.
    refusal = http;
    refusedUntilNanos = nanoClock.getAsLong()
        + (pause.compareTo(MAX_REFUSAL) > 0 ? MAX_REFUSAL.toNanos() : pause.toNanos());
  }

  private static AccessToken await(CompletableFuture<AccessToken> flight) throws IOException {
    try {
      return flight.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting for a Cyclr access token");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw (Error) cause;
    }
  }

  private AccessToken fetch() throws IOException {
    OkHttpClient client = http;
    if (client == null) {
      throw new IllegalStateException("useClientOf(..) was not called");
    }
    FormBody.Builder form = new FormBody.Builder()
        .add("grant_type", "client_credentials")
        .add("client_id", clientId)
        .add("client_secret", clientSecret);
    if (scope != null) {
      form.add("scope", scope);
    }
    Request request = new Request.Builder()
        .url(tokenUrl)
        .header("Accept", "application/json")
        .post(form.build())
        .build();
    // The lifetime counts from before the request, so network time only makes the token expire early.
    long sentAt = nanoClock.getAsLong();
    String body;
    Response answer;
    try (Response response = client.newCall(request).execute()) {
      ResponseBody responseBody = response.body();
      body = responseBody == null ? "" : responseBody.string();
      answer = response;
    } catch (ApiException e) {
      throw e;
    } catch (IOException e) {
      throw new ApiConnectionException("POST " + tokenUrl, e);
    }
    if (!answer.isSuccessful()) {
      ProviderError error = errors.parse(body);
      throw ApiHttpException.forStatus(answer, error.code(), error.message(), TOKEN_FIELDS.redact(body));
    }
    return new AccessToken(decode(body), sentAt);
  }

  /**
   * Decodes a token answer strictly; when Moshi 1.11's strict mode refuses it as malformed, valid
   * JSON ({@link JsonText}) is decoded again leniently: that mode misreads some valid integers (one
   * whose digits wrap past 2^64 to exactly 0, such as {@code 184467440737095516160}). The body
   * kept by an exception is redacted only when one is thrown.
   */
  private static TokenResponse decode(String body) throws ApiDecodeException {
    TokenResponse decoded;
    try {
      if (body.trim().isEmpty()) {
        decoded = null;
      } else {
        decoded = JsonText.decodeStrictFirst(body.getBytes(StandardCharsets.UTF_8),
            lenient -> (lenient ? TOKEN_RESPONSE.lenient() : TOKEN_RESPONSE).fromJson(body));
      }
    } catch (IOException | RuntimeException e) {
      throw decodeFailure("Could not decode the token response: " + e.getMessage(), body, e);
    }
    if (decoded == null) {
      throw decodeFailure("Expected a JSON TokenResponse but the body was empty", body, null);
    }
    String missing = RequiredFields.firstMissing(decoded);
    if (missing != null) {
      throw decodeFailure(
          "Could not decode the token response: required field '" + missing + "' is missing", body, null);
    }
    if (!BEARER.equalsIgnoreCase(decoded.getTokenType())) {
      // Sending another type's token as a bearer token would fail on every call, or worse.
      throw decodeFailure("The token response's token_type is '" + decoded.getTokenType()
          + "', not bearer (compared without regard to case)", body, null);
    }
    if (!HeaderValues.isVisibleAscii(decoded.getAccessToken())) {
      // OkHttp would refuse the header later, with the token in its message.
      throw decodeFailure(
          "The token response's access_token is empty or has characters an HTTP header cannot carry", body, null);
    }
    return decoded;
  }

  private static ApiDecodeException decodeFailure(String message, String body, Throwable cause) {
    return new ApiDecodeException(message, TOKEN_FIELDS.redact(body), cause);
  }

  @Override
  public String toString() {
    return "OAuthTokens{tokenUrl=" + tokenUrl + ", clientSecret=***"
        + (scope == null ? "" : ", scope=" + scope) + '}';
  }

  /** One token and when to stop using it. */
  private static final class AccessToken {
    final String value;
    private final long refreshAtNanos;

    AccessToken(TokenResponse response, long sentAtNanos) {
      this.value = response.getAccessToken();
      long lifetime = Math.min(Math.max(0, response.getExpiresIn()), MAX_LIFETIME_SECONDS);
      // A minute early for Cyclr's 14-day tokens; a tenth of the lifetime for short ones.
      long margin = Math.min(MAX_MARGIN_SECONDS, lifetime / 10);
      this.refreshAtNanos = sentAtNanos + TimeUnit.SECONDS.toNanos(lifetime - margin);
    }

    boolean isFresh(long nowNanos) {
      return nowNanos - refreshAtNanos < 0;
    }

    @Override
    public String toString() {
      return "AccessToken{value=***}";
    }
  }
}
