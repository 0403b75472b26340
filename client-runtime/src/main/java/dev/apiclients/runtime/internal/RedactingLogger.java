package dev.apiclients.runtime.internal;

import dev.apiclients.runtime.ApiLogger;
import dev.apiclients.runtime.codegen.BodyRedaction;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * Hands OkHttp's log lines to the caller's {@link ApiLogger} with secret body fields masked. OkHttp's
 * {@link HttpLoggingInterceptor} masks secret headers itself ({@code redactHeader}) but prints
 * bodies as they are; each body arrives as one message, which is masked, then cut to {@link
 * #MAX_CHARS}.
 */
public final class RedactingLogger {
  /** A body longer than this is cut: a log line of several megabytes helps nobody. */
  static final int MAX_CHARS = 64 * 1024;

  private RedactingLogger() {}

  /** The OkHttp logger that masks with {@code redaction}, then writes to {@code logger}. */
  public static HttpLoggingInterceptor.Logger to(ApiLogger logger, BodyRedaction redaction) {
    return message -> {
      // Masked before it is cut, so that a cut cannot split a secret from the name that marks it.
      String masked = redaction.redact(message);
      logger.log(masked.length() <= MAX_CHARS
          ? masked
          : masked.substring(0, MAX_CHARS) + "... (" + (masked.length() - MAX_CHARS) + " more characters)");
    };
  }
}
