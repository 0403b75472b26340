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
   * a proxy, an empty body) gives {@link #NONE}, and the raw body is kept by the exception anyway.
   */
  public interface Parser {
    ProviderError parse(String body);
  }
}
