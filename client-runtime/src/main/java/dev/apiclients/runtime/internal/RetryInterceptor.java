package dev.apiclients.runtime.internal;

import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends an idempotent request again after a connection failure or a 429/502/503/504, as the {@link
 * RetryPolicy} allows. POST and PATCH pass through exactly once, whatever happens.
 */
public final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;

  public RetryInterceptor(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!RetryPolicy.isIdempotent(request.method())) {
      return chain.proceed(request);
    }
    for (int retry = 1; ; retry++) {
      boolean last = retry > policy.maxRetries();
      Response response;
      try {
        response = proceedAndBuffer(chain, request, last);
      } catch (IOException e) {
        if (last || chain.call().isCanceled() || !isRetryable(e)) {
          throw e;
        }
        sleep(policy.backoffMillis(retry));
        continue;
      }
      if (last || !RetryPolicy.isRetryableStatus(response.code())) {
        return response;
      }
      long delay = retryAfterMillis(response, policy.backoffMillis(retry));
      if (delay > policy.maxRetryAfterMillis()) {
        return response; // The server asks for a longer pause than we are allowed to wait.
      }
      response.close();
      sleep(delay);
    }
  }

  /**
   * Reads the whole body before returning, so that a connection that drops mid-body is a failure
   * of this attempt (and retried) rather than of the caller's decoding later.
   */
  private static Response proceedAndBuffer(Chain chain, Request request, boolean last) throws IOException {
    Response response = chain.proceed(request);
    if (!last && response.body() != null) {
      try {
        response.body().source().request(Long.MAX_VALUE);
      } catch (IOException e) {
        response.close();
        throw e;
      }
    }
    return response;
  }

  /**
   * A transport failure is retryable; so is a typed failure that an inner interceptor (the OAuth
   * token fetch) reports with a try-again-later status. A wrong secret or a malformed answer is not.
   */
  private static boolean isRetryable(IOException e) {
    if (e instanceof ApiHttpException) {
      return RetryPolicy.isRetryableStatus(((ApiHttpException) e).statusCode());
    }
    return !(e instanceof ApiException) || e instanceof ApiConnectionException;
  }

  /** Reads {@code Retry-After} in seconds or as an HTTP-date; falls back to our own backoff. */
  static long retryAfterMillis(Response response, long fallback) {
    Long asked = RetryAfter.millis(response.header("Retry-After"), System.currentTimeMillis());
    return asked == null ? fallback : asked;
  }

  private static void sleep(long millis) throws InterruptedIOException {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }
}
