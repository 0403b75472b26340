package dev.apiclients.runtime.internal;

import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.RetryPolicy;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import retrofit2.Call;

/**
 * The decisions of the retry layer, shared by every call of one client: whether a failed attempt is
 * sent again, after how long, and whether that wait still fits in the call's deadline (OkHttp's
 * call timeout, which covers attempts and waits alike). It also knows the waits under way, so that
 * closing the client ends them.
 */
final class Retries {
  static final long NO_RETRY = -1;

  /** A wait under way, which closing the client ends at once. */
  interface PendingWait {
    void clientClosed();
  }

  private final RetryPolicy policy;
  private final Set<PendingWait> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;
  final RetryTimer timer;

  Retries(RetryPolicy policy, RetryTimer timer) {
    this.policy = policy;
    this.timer = timer;
  }

  long now() {
    return timer.nanoTime();
  }

  /**
   * The deadline of a call, in nanoseconds from its start: the timeout of its first OkHttp call (the
   * client's call timeout, or what the caller set on this {@code Call}); 0 for none.
   */
  static long boundNanos(Call<?> first) {
    try {
      return first.timeout().timeoutNanos();
    } catch (RuntimeException creationFailed) {
      return 0; // The call fails before sending anything; there is nothing to bound.
    }
  }

  /**
   * Returns the wait before retry number {@code retry} (1-based) after {@code failure}, or {@link
   * #NO_RETRY} when the failure is final: the method is not idempotent, the retries are used up, the
   * failure is not one that trying again can fix, the server asks for a longer pause than the
   * policy allows, or the client was closed.
   *
   * @param boundNanos the call's deadline from {@code startNanos}, 0 for none
   * @throws ApiConnectionException when the wait would pass the call's deadline; the call ends now
   */
  long delayBeforeRetry(int retry, String method, ApiException failure, long startNanos, long boundNanos,
      String request) throws ApiConnectionException {
    if (closed || retry > policy.maxRetries() || !RetryPolicy.isIdempotent(method)) {
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
    } else if (failure instanceof ApiConnectionException && !ErrorMapping.isDefect(failure)) {
      delay = jittered(policy.backoffMillis(retry));
    } else {
      return NO_RETRY; // A body that does not decode, or a defect, will not go away by trying again.
    }
    if (boundNanos > 0) {
      long usedMillis = TimeUnit.NANOSECONDS.toMillis(now() - startNanos);
      long boundMillis = TimeUnit.NANOSECONDS.toMillis(boundNanos);
      if (delay >= boundMillis - usedMillis) { // Not used + delay >= bound: that sum can overflow.
        InterruptedIOException timeout = new InterruptedIOException("the call timeout of " + boundMillis
            + " ms would pass during the " + delay + " ms wait before retry " + retry + " (" + usedMillis
            + " ms used); the last attempt failed with " + failure.getClass().getSimpleName());
        ApiConnectionException deadline = new ApiConnectionException(request, timeout);
        deadline.addSuppressed(failure);
        throw deadline;
      }
    }
    return delay;
  }

  /** Gives a retry the time left of the call's deadline, so that attempts and waits share one bound. */
  void limitTimeout(Call<?> retry, long startNanos, long boundNanos) {
    if (boundNanos > 0) {
      long left = boundNanos - (now() - startNanos);
      retry.timeout().timeout(Math.max(1, left), TimeUnit.NANOSECONDS);
    }
  }

  boolean isClosed() {
    return closed;
  }

  /** Registers a wait under way; false when the client is already closed (the wait must not start). */
  boolean register(PendingWait wait) {
    pending.add(wait);
    if (closed) {
      pending.remove(wait);
      return false;
    }
    return true;
  }

  void unregister(PendingWait wait) {
    pending.remove(wait);
  }

  /** Ends every wait under way and refuses new ones: the client is closed. */
  void close() {
    closed = true;
    for (PendingWait wait : pending) {
      wait.clientClosed();
    }
  }

  /** The failure of a call whose wait before a retry was ended by a cancel or by closing the client. */
  ApiConnectionException endedDuringWait(String request, ApiException last, int retry) {
    String why = closed ? "The client was closed" : "Canceled";
    ApiConnectionException ended = new ApiConnectionException(
        request, new InterruptedIOException(why + " during the wait before retry " + retry));
    ended.addSuppressed(last);
    return ended;
  }

  /**
   * Stripe's and Stainless's jitter: 75 to 100 % of the backoff, so that clients refused together
   * do not all come back at the same instant. A server's {@code Retry-After} is never shortened.
   */
  private long jittered(long backoffMillis) {
    return backoffMillis - (long) (backoffMillis * 0.25 * timer.random());
  }
}
