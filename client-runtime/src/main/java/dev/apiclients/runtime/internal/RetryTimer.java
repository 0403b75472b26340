package dev.apiclients.runtime.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The clock, the waits and the randomness of retries, in one place so that tests replace them and
 * never sleep. {@link #SYSTEM} is the real one.
 */
public interface RetryTimer {
  /** The real clock; scheduled retries fire on one shared daemon thread that only re-enqueues calls. */
  RetryTimer SYSTEM = new RetryTimer() {
    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public boolean sleep(long millis, CountDownLatch cancelled) throws InterruptedException {
      return cancelled.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public Future<?> schedule(Runnable task, long millis) {
      return SharedScheduler.INSTANCE.schedule(task, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public double random() {
      return ThreadLocalRandom.current().nextDouble();
    }
  };

  /** A monotonic clock in nanoseconds. */
  long nanoTime();

  /**
   * Blocks the calling thread for {@code millis}, or until {@code cancelled} counts down.
   *
   * @return true when the wait ended because the call was cancelled
   */
  boolean sleep(long millis, CountDownLatch cancelled) throws InterruptedException;

  /** Runs {@code task} once after {@code millis} without holding a thread meanwhile. */
  Future<?> schedule(Runnable task, long millis);

  /** A random number in [0, 1), for jitter. */
  double random();

  /**
   * One scheduler for every client: its thread only re-enqueues a call whose wait is over. Created
   * at the first asynchronous retry; the thread exists only while a wait is pending.
   */
  final class SharedScheduler {
    static final ScheduledExecutorService INSTANCE = create();

    private SharedScheduler() {}

    private static ScheduledExecutorService create() {
      ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "apiclients retry timer");
        thread.setDaemon(true); // Never keeps an application's JVM alive.
        return thread;
      });
      executor.setRemoveOnCancelPolicy(true); // A cancelled wait frees its slot at once.
      // The thread ends a second after the last wait, so a closed client leaves no thread behind.
      executor.setKeepAliveTime(1, TimeUnit.SECONDS);
      executor.allowCoreThreadTimeOut(true);
      return executor;
    }
  }
}
