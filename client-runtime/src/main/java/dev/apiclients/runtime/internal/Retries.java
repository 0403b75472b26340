package dev.apiclients.runtime.internal;

import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.RetryPolicy;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import retrofit2.Call;

/**
 * The decisions of the retry layer: whether a failed attempt is sent again, after how long, and
 * whether that wait still fits in the call's deadline ({@code callTimeout}, which covers attempts
 * and waits alike).
 */
final class Retries {
  static final long NO_RETRY = -1;

  private final RetryPolicy policy;
  private final long callTimeoutMillis;
  final RetryTimer timer;

  /** @param callTimeoutMillis the bound on a whole call, 0 for none */
  Retries(RetryPolicy policy, long callTimeoutMillis, RetryTimer timer) {
    this.policy = policy;
    this.callTimeoutMillis = callTimeoutMillis;
    this.timer = timer;
  }

  long now() {
    return timer.nanoTime();
  }

  /**
   * Returns the wait before retry number {@code retry} (1-based) after {@code failure}, or {@link
   * #NO_RETRY} when the failure is final: the method is not idempotent, the retries are used up, the
   * failure is not one that trying again can fix, or the server asks for a longer pause than the
   * policy allows.
   *
   * @throws ApiConnectionException when the wait would pass the call's deadline; the call ends now
   */
  long delayBeforeRetry(int retry, String method, ApiException failure, long startNanos, String request)
      throws ApiConnectionException {
    if (retry > policy.maxRetries() || !RetryPolicy.isIdempotent(method)) {
      return NO_RETRY;
    }
    long delay;
    if (failure instanceof ApiHttpException) {
      ApiHttpException http = (ApiHttpException) failure;
      if (!RetryPolicy.isRetryableStatus(http.statusCode())) {
        return NO_RETRY;
      }
      Duration asked = http.retryAfter();
      if (asked != null && asked.compareTo(Duration.ofMillis(policy.maxRetryAfterMillis())) > 0) {
        return NO_RETRY; // Waiting less than the server asked would only be refused again.
      }
      delay = asked != null ? asked.toMillis() : jittered(policy.backoffMillis(retry));
    } else if (failure instanceof ApiConnectionException) {
      delay = jittered(policy.backoffMillis(retry));
    } else {
      return NO_RETRY; // A body that does not decode will not decode the next time either.
    }
    long usedMillis = TimeUnit.NANOSECONDS.toMillis(now() - startNanos);
    if (callTimeoutMillis > 0 && usedMillis + delay >= callTimeoutMillis) {
      InterruptedIOException timeout = new InterruptedIOException("the call timeout of " + callTimeoutMillis
          + " ms would pass during the " + delay + " ms wait before retry " + retry + " (" + usedMillis
          + " ms used); the last attempt failed with " + failure.getClass().getSimpleName());
      ApiConnectionException deadline = new ApiConnectionException(request, timeout);
      deadline.addSuppressed(failure);
      throw deadline;
    }
    return delay;
  }

  /** Gives a retry the time left of the call's deadline, so that attempts and waits share one bound. */
  void limitTimeout(Call<?> retry, long startNanos) {
    if (callTimeoutMillis > 0) {
      long left = TimeUnit.MILLISECONDS.toNanos(callTimeoutMillis) - (now() - startNanos);
      retry.timeout().timeout(Math.max(1, left), TimeUnit.NANOSECONDS);
    }
  }

  /** The failure of a call cancelled while it waited to retry. */
  static ApiConnectionException cancelledDuringWait(String request, ApiException last, int retry) {
    ApiConnectionException cancelled = new ApiConnectionException(
        request, new InterruptedIOException("Canceled during the wait before retry " + retry));
    cancelled.addSuppressed(last);
    return cancelled;
  }

  /**
   * Stripe's and Stainless's jitter: 75 to 100 % of the backoff, so that clients refused together
   * do not all come back at the same instant. A server's {@code Retry-After} is never shortened.
   */
  private long jittered(long backoffMillis) {
    return backoffMillis - (long) (backoffMillis * 0.25 * timer.random());
  }
}
