package dev.apiclients.runtime.internal;

import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>Every outcome reaches the caller exactly once: the callback is completed whatever is thrown.
 */
final class RetryingCall<T> implements Call<T> {
  private final Call<T> first;
  private final ErrorMapping mapping;
  private final Retries retries;
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private volatile Call<T> current;
  private volatile AsyncRun run;

  RetryingCall(Call<T> first, ErrorMapping mapping, Retries retries) {
    this.first = first;
    this.mapping = mapping;
    this.retries = retries;
    this.current = first;
  }

  @Override
  public Response<T> execute() throws IOException {
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
      }
      String request = ErrorMapping.describe(attempt.request());
      long delay = retries.delayBeforeRetry(retry, attempt.request().method(), failure, start, request);
      if (delay == Retries.NO_RETRY || isCanceled()) {
        throw failure;
      }
      waitOnThisThread(delay, request, failure, retry);
      attempt = nextAttempt(start);
    }
  }

  private void waitOnThisThread(long millis, String request, ApiException last, int retry)
      throws ApiConnectionException {
    try {
      if (retries.timer.sleep(millis, cancelled)) {
        throw Retries.cancelledDuringWait(request, last, retry);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ApiConnectionException interrupted = new ApiConnectionException(
          request, new InterruptedIOException("Interrupted during the wait before retry " + retry));
      interrupted.addSuppressed(last);
      throw interrupted;
    }
  }

  private Call<T> nextAttempt(long start) {
    Call<T> next = first.clone();
    retries.limitTimeout(next, start);
    current = next;
    if (isCanceled()) {
      next.cancel(); // cancel() may have run between the check and the assignment.
    }
    return next;
  }

  @Override
  public void enqueue(Callback<T> callback) {
    AsyncRun started = new AsyncRun(callback, retries.now());
    run = started;
    started.attempt(first, 1);
  }

  /** One asynchronous call: its attempts, the waits between them, and its single outcome. */
  private final class AsyncRun implements Callback<T> {
    private final Callback<T> callback;
    private final long start;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile int retry;
    private volatile Future<?> wait;
    private volatile ApiException lastFailure;

    AsyncRun(Callback<T> callback, long start) {
      this.callback = callback;
      this.start = start;
    }

    void attempt(Call<T> call, int retry) {
      this.retry = retry;
      call.enqueue(this);
    }

    @Override
    public void onResponse(Call<T> call, Response<T> response) {
      try {
        ApiException failure = mapping.failureOf(response);
        if (failure == null) {
          if (done.compareAndSet(false, true)) {
            callback.onResponse(RetryingCall.this, response);
          }
        } else {
          retryOrFail(call, failure);
        }
      } catch (Throwable t) {
        fail(t);
      }
    }

    @Override
    public void onFailure(Call<T> call, Throwable t) {
      try {
        if (t instanceof IOException) {
          retryOrFail(call, ErrorMapping.failureOf((IOException) t, call));
        } else {
          fail(t); // Refused before sending (a missing required field), or a defect: no retry helps.
        }
      } catch (Throwable unexpected) {
        fail(unexpected);
      }
    }

    private void retryOrFail(Call<T> call, ApiException failure) throws ApiException {
      String request = ErrorMapping.describe(call.request());
      long delay = retries.delayBeforeRetry(retry, call.request().method(), failure, start, request);
      if (delay == Retries.NO_RETRY || isCanceled()) {
        fail(failure);
        return;
      }
      lastFailure = failure;
      Future<?> scheduled = retries.timer.schedule(() -> {
        try {
          if (isCanceled()) {
            fail(Retries.cancelledDuringWait(request, failure, retry));
          } else {
            attempt(nextAttempt(start), retry + 1);
          }
        } catch (Throwable t) {
          fail(t);
        }
      }, delay);
      wait = scheduled;
      if (isCanceled()) {
        endWait(); // cancel() may have looked for a wait before this one was set.
      }
    }

    /** Called on cancel: a pending wait is dropped and the call ends now. */
    void endWait() {
      Future<?> pending = wait;
      if (pending != null && pending.cancel(false)) {
        fail(Retries.cancelledDuringWait(ErrorMapping.describe(first.request()), lastFailure, retry));
      }
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
    AsyncRun async = run;
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
