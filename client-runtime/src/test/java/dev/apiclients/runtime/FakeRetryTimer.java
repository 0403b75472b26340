package dev.apiclients.runtime;

import dev.apiclients.runtime.internal.RetryTimer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RetryTimer} whose waits take no time: it records each wait and moves its clock (the real
 * one plus every skipped wait) past it. With {@link #holdScheduledWaits()} an asynchronous wait does
 * not end until the test runs it, so a test can act during the wait.
 */
final class FakeRetryTimer implements RetryTimer {
  final List<Long> waits = Collections.synchronizedList(new ArrayList<>());
  final BlockingQueue<FutureTask<?>> heldWaits = new LinkedBlockingQueue<>();
  private volatile long skippedNanos;
  private volatile double random;
  private volatile boolean hold;

  /** Every jitter draw returns {@code random}; 0 (the default) gives the full backoff. */
  FakeRetryTimer random(double random) {
    this.random = random;
    return this;
  }

  FakeRetryTimer holdScheduledWaits() {
    this.hold = true;
    return this;
  }

  List<Long> waits() {
    synchronized (waits) {
      return new ArrayList<>(waits);
    }
  }

  @Override
  public long nanoTime() {
    return System.nanoTime() + skippedNanos;
  }

  @Override
  public boolean sleep(long millis, CountDownLatch cancelled) {
    skip(millis);
    return cancelled.getCount() == 0;
  }

  @Override
  public Future<?> schedule(Runnable task, long millis) {
    FutureTask<?> wait = new FutureTask<>(task, null);
    if (hold) {
      waits.add(millis);
      heldWaits.add(wait);
    } else {
      skip(millis);
      new Thread(wait, "fake retry timer").start();
    }
    return wait;
  }

  @Override
  public double random() {
    return random;
  }

  private synchronized void skip(long millis) {
    waits.add(millis);
    skippedNanos += TimeUnit.MILLISECONDS.toNanos(millis);
  }
}
