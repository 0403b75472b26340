package dev.apiclients.runtime;

/** The error code and message a provider put in an error body; either may be null. */
public final class ProviderError {
  public static final ProviderError NONE = new ProviderError(null, null);

  private final String code;
  private final String message;

  public ProviderError(String code, String message) {
    this.code = code;
    this.message = message;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  /**
   * Reads a provider's error body. Implementations never throw: a body they cannot read (HTML from
   * a proxy, an empty body, numbers beyond a double, nesting deeper than Moshi reads) gives {@link
   * #NONE} or what could be read, and the raw body is kept by the exception anyway. An exception
   * here would replace the typed error of the status, and fail an enqueued call on OkHttp's thread
   * without completing it; an {@link Error} (out of memory) is not theirs to swallow.
   */
  public interface Parser {
    ProviderError parse(String body);
  }
}
