package dev.apiclients.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * When and how often an idempotent request (GET, HEAD, OPTIONS, PUT, DELETE: the {@link
 * #IDEMPOTENT_METHODS}) is sent again.
 *
 * <p>A request is retried after a connection failure or an answer of 429, 502, 503 or 504, at most
 * {@code maxRetries} times, waiting {@code initialBackoff} doubled per attempt (capped at {@code
 * maxBackoff}) and jittered to 75 to 100 % of that, or exactly what the server's {@code
 * Retry-After} asks if that is not longer than {@code maxRetryAfter}. POST and PATCH are never
 * retried: the server may have acted on the first attempt.
 *
 * <p>Retries happen above the transport. A synchronous call waits on its own thread, never past the
 * client's {@code callTimeout}; an asynchronous call's wait is scheduled and holds no thread and no
 * OkHttp dispatcher slot, and cancelling its future ends the wait.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxRetries(3).initialBackoffMillis(200).build();
 * }</pre>
 */
public final class RetryPolicy {
  /**
   * The HTTP methods that are safe to send twice, and so the only ones ever retried: GET, HEAD,
   * OPTIONS, PUT, DELETE. Every list of them in this project's documentation is checked against
   * this set by a test.
   */
  public static final Set<String> IDEMPOTENT_METHODS = Collections.unmodifiableSet(
      new LinkedHashSet<>(Arrays.asList("GET", "HEAD", "OPTIONS", "PUT", "DELETE")));

  /** Two retries, 250 ms doubling up to 2 s, honouring a Retry-After of up to 10 s. */
  public static final RetryPolicy DEFAULT = builder().build();

  /** Never retries. */
  public static final RetryPolicy NONE = builder().maxRetries(0).build();

  private final int maxRetries;
  private final long initialBackoffMillis;
  private final long maxBackoffMillis;
  private final long maxRetryAfterMillis;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.initialBackoffMillis = builder.initialBackoffMillis;
    this.maxBackoffMillis = builder.maxBackoffMillis;
    this.maxRetryAfterMillis = builder.maxRetryAfterMillis;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the longest wait before retry number {@code retry} (1-based) when the server gave no
   * hint; the wait itself is 75 to 100 % of it.
   */
  public long backoffMillis(int retry) {
    long delay = initialBackoffMillis;
    for (int i = 1; i < retry && delay < maxBackoffMillis; i++) {
      delay = delay > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : delay * 2; // Saturates, never overflows.
    }
    return Math.min(delay, maxBackoffMillis);
  }

  /** Returns the longest {@code Retry-After} the client waits for; a longer one ends the retries. */
  public long maxRetryAfterMillis() {
    return maxRetryAfterMillis;
  }

  /** Returns true for the {@link #IDEMPOTENT_METHODS}, the HTTP methods that are safe to send twice. */
  public static boolean isIdempotent(String method) {
    return IDEMPOTENT_METHODS.contains(method);
  }

  /** Returns true for the answers that say "try again later". */
  public static boolean isRetryableStatus(int code) {
    return code == 429 || code == 502 || code == 503 || code == 504;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoffMillis=" + initialBackoffMillis
        + ", maxBackoffMillis=" + maxBackoffMillis + ", maxRetryAfterMillis=" + maxRetryAfterMillis
        + '}';
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 2;
    private long initialBackoffMillis = 250;
    private long maxBackoffMillis = TimeUnit.SECONDS.toMillis(2);
    private long maxRetryAfterMillis = TimeUnit.SECONDS.toMillis(10);

    private Builder() {}

    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be in 0..10 but was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    public Builder initialBackoffMillis(long millis) {
      this.initialBackoffMillis = nonNegative("initialBackoffMillis", millis);
      return this;
    }

    public Builder maxBackoffMillis(long millis) {
      this.maxBackoffMillis = nonNegative("maxBackoffMillis", millis);
      return this;
    }

    public Builder maxRetryAfterMillis(long millis) {
      this.maxRetryAfterMillis = nonNegative("maxRetryAfterMillis", millis);
      return this;
    }

    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static long nonNegative(String name, long millis) {
      if (millis < 0) {
        throw new IllegalArgumentException(name + " must be >= 0 but was " + millis);
      }
      return millis;
    }
  }
}
