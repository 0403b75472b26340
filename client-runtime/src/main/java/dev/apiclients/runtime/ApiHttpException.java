package dev.apiclients.runtime;

import dev.apiclients.runtime.internal.RetryAfter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * The server answered with a status outside 2xx.
 *
 * <p>Carries the HTTP status, the provider's error code and message when the body has them (for
 * example Cyclis's {@code NOACC}), the raw body whatever it was (JSON, HTML from a proxy, empty), the
 * response headers, {@code Retry-After} when the server sent one, and the request's method and URL
 * (without credentials). Subclasses exist for the statuses callers usually branch on; see {@link
 * #forStatus}.
 *
 * <pre>{@code
 * try {
 *   cyclis.orders().getOrder(id).execute();
 * } catch (ApiHttpException.RateLimitedException e) {
 *   Duration wait = e.retryAfter(); // null when the server did not say
 *   log(e.requestMethod() + " " + e.requestUrl() + " rate limited, x-request-id "
 *       + e.headers().get("x-request-id"));
 * }
 * }</pre>
 */
public class ApiHttpException extends ApiException {
  private static final long serialVersionUID = 2L;

  /**
   * Ends {@link #rawBody()} when the body was longer than the part an exception keeps: its first 64
   * KiB (or the client's {@code maxResponseBytes}, if smaller), cut before a character it would
   * split.
   */
  public static final String CUT_MARKER = "\n[...cut: the rest of the body was not kept]";

  /** Query parameter names whose values are credentials somewhere; their values never leave in {@link #requestUrl()}. */
  private static final Set<String> SECRET_QUERY_PARAMETERS;

  static {
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.addAll(Arrays.asList("token", "access_token", "refresh_token", "id_token", "api_key", "apikey",
        "api-key", "api_token", "api-token", "key", "client_secret", "password", "secret", "signature",
        "sig", "code"));
    SECRET_QUERY_PARAMETERS = Collections.unmodifiableSet(names);
  }

  private final int statusCode;
  private final String errorCode;
  private final String errorMessage;
  private final String rawBody;
  // okhttp3.Headers is not Serializable; the exception is (it is an IOException).
  private final String[] headerNamesAndValues;
  private final Long retryAfterMillis;
  private final String requestMethod;
  private final String requestUrl;

  /**
   * Creates an exception without the response's headers or the request (both empty or null); the
   * client itself always uses {@link #forStatus(Response, String, String, String)}.
   */
  public ApiHttpException(int statusCode, String errorCode, String errorMessage, String rawBody) {
    this(statusCode, errorCode, errorMessage, rawBody, null);
  }

  /**
   * Creates an exception that carries the headers of {@code response} and its request's method and
   * URL (query values that are credentials masked, user info removed).
   *
   * @param response the answer; its body is not read (pass it as {@code rawBody}); null for none
   */
  public ApiHttpException(int statusCode, String errorCode, String errorMessage, String rawBody,
      Response response) {
    super(describe(statusCode, errorCode, errorMessage), null);
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
    this.rawBody = rawBody;
    if (response == null) {
      this.headerNamesAndValues = new String[0];
      this.retryAfterMillis = null;
      this.requestMethod = null;
      this.requestUrl = null;
    } else {
      Headers headers = response.headers();
      String[] namesAndValues = new String[headers.size() * 2];
      for (int i = 0; i < headers.size(); i++) {
        namesAndValues[2 * i] = headers.name(i);
        namesAndValues[2 * i + 1] = headers.value(i);
      }
      this.headerNamesAndValues = namesAndValues;
      long receivedAt = response.receivedResponseAtMillis();
      this.retryAfterMillis = RetryAfter.millis(
          headers.get("Retry-After"), receivedAt > 0 ? receivedAt : System.currentTimeMillis());
      this.requestMethod = response.request().method();
      this.requestUrl = withoutCredentials(response.request().url());
    }
  }

  /** Copies {@code failure} into a subclass: one place reads the response, the subclasses only name the status. */
  private ApiHttpException(ApiHttpException failure) {
    super(failure.getMessage(), null);
    this.statusCode = failure.statusCode;
    this.errorCode = failure.errorCode;
    this.errorMessage = failure.errorMessage;
    this.rawBody = failure.rawBody;
    this.headerNamesAndValues = failure.headerNamesAndValues;
    this.retryAfterMillis = failure.retryAfterMillis;
    this.requestMethod = failure.requestMethod;
    this.requestUrl = failure.requestUrl;
  }

  /**
   * Returns the typed exception for an HTTP status, without the response's headers or the request:
   * a subclass where one exists, else this type.
   */
  public static ApiHttpException forStatus(
      int statusCode, String errorCode, String errorMessage, String rawBody) {
    return forStatus(statusCode, errorCode, errorMessage, rawBody, null);
  }

  /**
   * Returns the typed exception for a non-2xx {@code response}: a subclass where one exists, else
   * this type. It carries the response headers, {@code Retry-After} and the request's method and URL.
   *
   * @param response the answer (its body is not read: pass it as {@code rawBody})
   * @param errorCode the provider's error code from the body, or null
   * @param errorMessage the provider's message from the body, or null
   * @param rawBody the body as received, or as much of it as may be kept
   * @return the exception to throw
   */
  public static ApiHttpException forStatus(
      Response response, String errorCode, String errorMessage, String rawBody) {
    return forStatus(response.code(), errorCode, errorMessage, rawBody, response);
  }

  private static ApiHttpException forStatus(
      int statusCode, String errorCode, String errorMessage, String rawBody, Response response) {
    ApiHttpException failure = new ApiHttpException(statusCode, errorCode, errorMessage, rawBody, response);
    switch (statusCode) {
      case 400: return new BadRequestException(failure);
      case 401: return new UnauthorizedException(failure);
      case 403: return new ForbiddenException(failure);
      case 404: return new NotFoundException(failure);
      case 429: return new RateLimitedException(failure);
      default: return statusCode >= 500 ? new ServerErrorException(failure) : failure;
    }
  }

  /** Returns the HTTP status code, for example 403. */
  public int statusCode() {
    return statusCode;
  }

  /** Returns the provider's error code (Cyclis {@code error}, e.g. {@code NOACC}), or null. */
  public String errorCode() {
    return errorCode;
  }

  /** Returns the provider's human-readable message, or null when the body has none. */
  public String errorMessage() {
    return errorMessage;
  }

  /**
   * Returns the body as received (decoded in its content type's charset, UTF-8 when it names none),
   * with the values of the client's secret fields (passwords, tokens, keys) replaced by {@code ***};
   * empty when there was none. Of a body longer than 64 KiB only the start is kept, followed by
   * {@link #CUT_MARKER}.
   */
  public String rawBody() {
    return rawBody;
  }

  /** Returns the response headers exactly as received; empty when the exception was made without a response. */
  public Headers headers() {
    return Headers.of(headerNamesAndValues);
  }

  /**
   * Returns how long the server asked the caller to wait before trying again ({@code Retry-After},
   * in seconds or as an HTTP-date), or null when it did not say or said something unreadable. An
   * HTTP-date counts from when the answer arrived; a date already past is {@link Duration#ZERO}.
   *
   * <p>Read it on a {@link RateLimitedException} or a 503: the {@link RetryPolicy} already waited
   * and retried where it could, so a value here is usually longer than the policy allows.
   */
  public Duration retryAfter() {
    return retryAfterMillis == null ? null : Duration.ofMillis(retryAfterMillis);
  }

  /** Returns the request's method, for example {@code PATCH}; null when made without a response. */
  public String requestMethod() {
    return requestMethod;
  }

  /**
   * Returns the request's URL without credentials: no user info, and the values of query parameters
   * named like a secret ({@code token}, {@code api_key}, {@code client_secret}, ...) replaced by
   * {@code ***}. Headers, where both APIs carry their credentials, are never part of it. Null when
   * made without a response.
   */
  public String requestUrl() {
    return requestUrl;
  }

  static String withoutCredentials(HttpUrl url) {
    HttpUrl.Builder safe = url.newBuilder().username("").password("").fragment(null).query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      safe.addQueryParameter(name, SECRET_QUERY_PARAMETERS.contains(name) ? "***" : url.queryParameterValue(i));
    }
    return safe.build().toString();
  }

  private static String describe(int statusCode, String errorCode, String errorMessage) {
    StringBuilder sb = new StringBuilder("HTTP ").append(statusCode);
    if (errorCode != null) {
      sb.append(' ').append(errorCode);
    }
    if (errorMessage != null) {
      sb.append(": ").append(errorMessage);
    }
    return sb.toString();
  }

  /**
   * HTTP 400: the provider rejected the request's content. Sending it again will not help; {@link
   * #errorMessage()} usually names the field.
   */
  public static final class BadRequestException extends ApiHttpException {
    private static final long serialVersionUID = 1L;
    BadRequestException(ApiHttpException failure) { super(failure); }
  }

  /**
   * HTTP 401: missing, wrong or expired credentials. The Cyclr client has already fetched a new token
   * and tried once more before this reaches you; the Cyclis API token is simply wrong or revoked.
   */
  public static final class UnauthorizedException extends ApiHttpException {
    private static final long serialVersionUID = 1L;
    UnauthorizedException(ApiHttpException failure) { super(failure); }
  }

  /** HTTP 403: the credentials are valid but may not do this (Cyclis {@code NOACC}). */
  public static final class ForbiddenException extends ApiHttpException {
    private static final long serialVersionUID = 1L;
    ForbiddenException(ApiHttpException failure) { super(failure); }
  }

  /** HTTP 404: no such resource, or one these credentials may not see. */
  public static final class NotFoundException extends ApiHttpException {
    private static final long serialVersionUID = 1L;
    NotFoundException(ApiHttpException failure) { super(failure); }
  }

  /**
   * HTTP 429: rate limited, still so after the retries the {@link RetryPolicy} allows. {@link
   * #retryAfter()} says how long the server asked to wait, when it said.
   */
  public static final class RateLimitedException extends ApiHttpException {
    private static final long serialVersionUID = 1L;
    RateLimitedException(ApiHttpException failure) { super(failure); }
  }

  /** HTTP 5xx: the provider failed, still so after the retries the {@link RetryPolicy} allows. */
  public static final class ServerErrorException extends ApiHttpException {
    private static final long serialVersionUID = 1L;
    ServerErrorException(ApiHttpException failure) { super(failure); }
  }
}
