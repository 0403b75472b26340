package dev.apiclients.runtime.internal;

import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A Retrofit call that retries above the transport, as OkHttp's own interceptors never sleep in
 * the chain: each attempt is a fresh {@code clone()} of the first, and the waits between attempts
 * happen here.
 *
 * <ul>
 *   <li>{@link #execute()} waits on the calling thread, never past the call's deadline: a wait that
 *       would cross it ends the call at once with an {@link ApiConnectionException} that says so.
 *   <li>{@link #enqueue} schedules the next attempt on {@link RetryTimer}; during a wait no thread
 *       and no OkHttp dispatcher slot is held, and {@link #cancel()} ends the wait at once.
 * </ul>
 *
 * <p>Closing the client ends every wait under way. Every outcome reaches the caller exactly once:
 * the callback is completed whatever is thrown.
 */
final class RetryingCall<T> implements Call<T> {
  private final Call<T> first;
  private final ErrorMapping mapping;
  private final Retries retries;
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private final AtomicReference<AsyncRun> run = new AtomicReference<>();
  private volatile Call<T> current;

  RetryingCall(Call<T> first, ErrorMapping mapping, Retries retries) {
    this.first = first;
    this.mapping = mapping;
    this.retries = retries;
    this.current = first;
  }

  @Override
  public Response<T> execute() throws IOException {
    // Creating the request first: an argument the converters refuse is thrown as it is, unsent.
    Request request = first.request();
    long bound = Retries.boundNanos(first);
    long start = retries.now();
    Call<T> attempt = first;
    for (int retry = 1; ; retry++) {
      ApiException failure;
      try {
        Response<T> response = attempt.execute();
        failure = mapping.failureOf(response);
        if (failure == null) {
          return response;
        }
      } catch (IOException e) {
        failure = ErrorMapping.failureOf(e, attempt);
      } catch (RuntimeException e) {
        throw ErrorMapping.defect(request, e); // An interceptor threw: typed, and never retried.
      }
      String described = ErrorMapping.describe(request);
      long delay = retries.delayBeforeRetry(retry, request.method(), failure, start, bound, described);
      if (delay == Retries.NO_RETRY || isCanceled()) {
        throw failure;
      }
      waitOnThisThread(delay, described, failure, retry);
      attempt = nextAttempt(start, bound);
    }
  }

  private void waitOnThisThread(long millis, String request, ApiException last, int retry)
      throws ApiConnectionException {
    Retries.PendingWait wait = cancelled::countDown;
    try {
      if (!retries.register(wait) || retries.timer.sleep(millis, cancelled)) {
        throw retries.endedDuringWait(request, last, retry);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ApiConnectionException interrupted = new ApiConnectionException(
          request, new InterruptedIOException("Interrupted during the wait before retry " + retry));
      interrupted.addSuppressed(last);
      throw interrupted;
    } finally {
      retries.unregister(wait);
    }
  }

  private Call<T> nextAttempt(long start, long bound) {
    Call<T> next = first.clone();
    retries.limitTimeout(next, start, bound);
    current = next;
    if (isCanceled()) {
      next.cancel(); // cancel() may have run between the check and the assignment.
    }
    return next;
  }

  @Override
  public void enqueue(Callback<T> callback) {
    AsyncRun started = new AsyncRun(callback, retries.now(), Retries.boundNanos(first));
    if (!run.compareAndSet(null, started)) {
      throw new IllegalStateException("Already executed.");
    }
    started.attempt(first, 1);
  }

  /** One asynchronous call: its attempts, the waits between them, and its single outcome. */
  private final class AsyncRun implements Callback<T>, Retries.PendingWait {
    private final Callback<T> callback;
    private final long start;
    private final long bound;
    private final AtomicBoolean done = new AtomicBoolean();
    private final Object lock = new Object();
    private int retry = 1; // guarded by lock
    private Future<?> wait; // guarded by lock: the scheduled retry, while one is pending
    private ApiException lastFailure; // guarded by lock

    AsyncRun(Callback<T> callback, long start, long bound) {
      this.callback = callback;
      this.start = start;
      this.bound = bound;
    }

    void attempt(Call<T> call, int retry) {
      synchronized (lock) {
        this.retry = retry;
      }
      call.enqueue(this);
    }

    @Override
    public void onResponse(Call<T> call, Response<T> response) {
      ApiException failure;
      try {
        failure = mapping.failureOf(response);
      } catch (Throwable t) {
        fail(t);
        return;
      }
      if (failure == null) {
        if (done.compareAndSet(false, true)) {
          callback.onResponse(RetryingCall.this, response);
        }
      } else {
        retryOrFail(call, failure);
      }
    }

    @Override
    public void onFailure(Call<T> call, Throwable t) {
      if (!(t instanceof IOException)) {
        fail(t); // Refused before sending (a missing required field): no retry helps.
        return;
      }
      ApiException failure;
      try {
        failure = ErrorMapping.failureOf((IOException) t, call);
      } catch (Throwable unexpected) {
        fail(unexpected);
        return;
      }
      retryOrFail(call, failure);
    }

    private void retryOrFail(Call<T> call, ApiException failure) {
      long delay;
      int attempt;
      synchronized (lock) {
        attempt = retry;
      }
      try {
        Request request = call.request();
        delay = retries.delayBeforeRetry(
            attempt, request.method(), failure, start, bound, ErrorMapping.describe(request));
      } catch (Throwable deadlineOrDefect) {
        fail(deadlineOrDefect);
        return;
      }
      if (delay == Retries.NO_RETRY || isCanceled() || !retries.register(this)) {
        fail(failure);
        return;
      }
      synchronized (lock) {
        lastFailure = failure;
        // Under the lock: a wait of 0 ms may end before the assignment, and waitOver() takes the lock.
        wait = retries.timer.schedule(this::waitOverReportingFailures, delay);
      }
      if (isCanceled()) {
        endWait(); // cancel() may have looked for a wait before this one was set.
      }
    }

    private void waitOverReportingFailures() {
      try {
        waitOver();
      } catch (Throwable t) {
        // Thrown by the caller's callback on the timer's thread: report it as Retrofit would, not lose it.
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, t);
      }
    }

    private void waitOver() {
      int next;
      ApiException last;
      synchronized (lock) {
        wait = null;
        next = retry + 1;
        last = lastFailure;
      }
      retries.unregister(this);
      if (isCanceled() || retries.isClosed()) {
        fail(retries.endedDuringWait(ErrorMapping.describe(first.request()), last, next - 1));
        return;
      }
      Call<T> attempt;
      try {
        attempt = nextAttempt(start, bound);
      } catch (Throwable t) {
        fail(t);
        return;
      }
      attempt(attempt, next);
    }

    @Override
    public void clientClosed() {
      endWait();
    }

    /** Ends a pending wait now, failing the call; does nothing when no wait is pending. */
    void endWait() {
      ApiException last;
      int attempt;
      synchronized (lock) {
        if (wait == null || !wait.cancel(false)) {
          return; // No wait, or its retry is already under way and will see the cancel.
        }
        wait = null;
        last = lastFailure;
        attempt = retry;
      }
      retries.unregister(this);
      fail(retries.endedDuringWait(ErrorMapping.describe(first.request()), last, attempt));
    }

    private void fail(Throwable t) {
      if (done.compareAndSet(false, true)) {
        callback.onFailure(RetryingCall.this, t);
      }
    }
  }

  @Override
  public boolean isExecuted() {
    return first.isExecuted();
  }

  @Override
  public void cancel() {
    cancelled.countDown();
    current.cancel();
    AsyncRun async = run.get();
    if (async != null) {
      async.endWait();
    }
  }

  @Override
  public boolean isCanceled() {
    return cancelled.getCount() == 0;
  }

  @SuppressWarnings("CloneDoesntCallSuperClone") // Retrofit's Call.clone means "a new call".
  @Override
  public Call<T> clone() {
    return new RetryingCall<>(first.clone(), mapping, retries);
  }

  @Override
  public Request request() {
    return first.request();
  }

  @Override
  public okio.Timeout timeout() {
    return first.timeout();
  }
}
