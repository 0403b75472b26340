package dev.apiclients.runtime;

/**
 * The server answered with a status outside 2xx.
 *
 * <p>Carries the HTTP status, the provider's error code and message when the body has them (for
 * example Cyclis's {@code NOACC}), and the raw body whatever it was (JSON, HTML from a proxy, empty).
 * Subclasses exist for the statuses callers usually branch on; see {@link #forStatus}.
 */
public class ApiHttpException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String errorCode;
  private final String errorMessage;
  private final String rawBody;

  public ApiHttpException(int statusCode, String errorCode, String errorMessage, String rawBody) {
    super(describe(statusCode, errorCode, errorMessage), null);
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
    this.rawBody = rawBody;
  }

  /** Returns the typed exception for an HTTP status: a subclass where one exists, else this type. */
  public static ApiHttpException forStatus(
      int statusCode, String errorCode, String errorMessage, String rawBody) {
    switch (statusCode) {
      case 400:
        return new BadRequestException(statusCode, errorCode, errorMessage, rawBody);
      case 401:
        return new UnauthorizedException(statusCode, errorCode, errorMessage, rawBody);
      case 403:
        return new ForbiddenException(statusCode, errorCode, errorMessage, rawBody);
      case 404:
        return new NotFoundException(statusCode, errorCode, errorMessage, rawBody);
      case 429:
        return new RateLimitedException(statusCode, errorCode, errorMessage, rawBody);
      default:
        return statusCode >= 500
            ? new ServerErrorException(statusCode, errorCode, errorMessage, rawBody)
            : new ApiHttpException(statusCode, errorCode, errorMessage, rawBody);
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

  /** Returns the body exactly as received (decoded as UTF-8); empty when there was none. */
  public String rawBody() {
    return rawBody;
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

  /** HTTP 400: the provider rejected the request's content. */
  public static final class BadRequestException extends ApiHttpException {
    private static final long serialVersionUID = 1L;

    BadRequestException(int statusCode, String errorCode, String errorMessage, String rawBody) {
      super(statusCode, errorCode, errorMessage, rawBody);
    }
  }

  /** HTTP 401: missing, wrong or expired credentials. */
  public static final class UnauthorizedException extends ApiHttpException {
    private static final long serialVersionUID = 1L;

    UnauthorizedException(int statusCode, String errorCode, String errorMessage, String rawBody) {
      super(statusCode, errorCode, errorMessage, rawBody);
    }
  }

  /** HTTP 403: the credentials are valid but may not do this (Cyclis {@code NOACC}). */
  public static final class ForbiddenException extends ApiHttpException {
    private static final long serialVersionUID = 1L;

    ForbiddenException(int statusCode, String errorCode, String errorMessage, String rawBody) {
      super(statusCode, errorCode, errorMessage, rawBody);
    }
  }

  /** HTTP 404: no such resource (or not visible to these credentials). */
  public static final class NotFoundException extends ApiHttpException {
    private static final long serialVersionUID = 1L;

    NotFoundException(int statusCode, String errorCode, String errorMessage, String rawBody) {
      super(statusCode, errorCode, errorMessage, rawBody);
    }
  }

  /** HTTP 429: rate limited, still so after the retries the {@link RetryPolicy} allows. */
  public static final class RateLimitedException extends ApiHttpException {
    private static final long serialVersionUID = 1L;

    RateLimitedException(int statusCode, String errorCode, String errorMessage, String rawBody) {
      super(statusCode, errorCode, errorMessage, rawBody);
    }
  }

  /** HTTP 5xx: the provider failed, still so after the retries the {@link RetryPolicy} allows. */
  public static final class ServerErrorException extends ApiHttpException {
    private static final long serialVersionUID = 1L;

    ServerErrorException(int statusCode, String errorCode, String errorMessage, String rawBody) {
      super(statusCode, errorCode, errorMessage, rawBody);
    }
  }
}
