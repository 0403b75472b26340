package dev.apiclients.runtime;

import java.io.IOException;

/**
 * The base of every failure a generated client reports: an HTTP error answer ({@link
 * ApiHttpException}), a connection failure ({@link ApiConnectionException}) or a body that does not
 * decode ({@link ApiDecodeException}).
 *
 * <p>It extends {@link IOException} because {@code retrofit2.Call.execute()} declares that, so a
 * caller catches one type for everything that went wrong on the wire.
 */
public abstract class ApiException extends IOException {
  private static final long serialVersionUID = 1L;

  protected ApiException(String message, Throwable cause) {
    super(message, cause);
  }
}
