package dev.apiclients.runtime;

import java.io.IOException;

/**
 * The request did not get a complete answer: connection refused or reset, a timeout, a body cut off
 * mid-way. The cause is the original {@link IOException}.
 *
 * <p>Idempotent requests (GET, HEAD, OPTIONS, PUT, DELETE: the {@link
 * RetryPolicy#IDEMPOTENT_METHODS}) have already been retried per the {@link RetryPolicy} when this
 * is thrown; POST and PATCH never are, so for those the server may or may not have acted.
 */
public final class ApiConnectionException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ApiConnectionException(String request, IOException cause) {
    super(request + " failed: " + cause, cause);
  }
}
