package dev.apiclients.runtime;

/**
 * A successful (2xx) answer whose body is not what the spec promises: not JSON, truncated, of the
 * wrong shape, empty where a body is required, missing a required field, holding a number beyond
 * the bounds the client reads (more than 1,000 characters, a scale beyond ±1,000, beyond a double),
 * or larger than the client's {@code maxResponseBytes}. The message carries the JSON path of the
 * bad value and the bound it exceeds (or the limit); {@link #rawBody()} keeps the whole body so
 * nothing is lost, but the values of secret fields, and except for a body over the limit, which is
 * not kept.
 */
public final class ApiDecodeException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final String rawBody;

  public ApiDecodeException(String message, String rawBody, Throwable cause) {
    super(message, cause);
    this.rawBody = rawBody;
  }

  /**
   * Returns the body as received (decoded in the charset of its content type, UTF-8 by default),
   * with the values of the client's secret fields (passwords, tokens, keys) replaced by {@code ***};
   * empty for a body over {@code maxResponseBytes}.
   */
  public String rawBody() {
    return rawBody;
  }
}
