package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.apiclients.runtime.Transport;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Finds what a closed client left behind: threads it started that still run, connections still in
 * its pool.
 *
 * <pre>{@code
 * Set<Thread> before = Leaks.threads();
 * ... use and close the client ...
 * Leaks.assertThreadsEnded(before, 5_000, Leaks.UNOWNED_THREADS);
 * }</pre>
 */
public final class Leaks {
  /**
   * Name prefixes of threads that no client owns and none can stop, so a test must allow them:
   * MockWebServer's own; OkHttp's connection-pool cleaner and Okio's timeout watchdog, JVM-wide
   * daemon threads shared by every OkHttp client, which end on their own once idle.
   */
  public static final List<String> UNOWNED_THREADS =
      Arrays.asList("MockWebServer", "OkHttp ConnectionPool", "Okio Watchdog");

  private Leaks() {}

  /** Returns the threads alive now. */
  public static Set<Thread> threads() {
    return new HashSet<>(Thread.getAllStackTraces().keySet());
  }

  /** Returns the names of the threads alive now that were not in {@code before}. */
  public static List<String> newThreadNames(Set<Thread> before) {
    List<String> names = new ArrayList<>();
    for (Thread thread : threads()) {
      if (!before.contains(thread)) {
        names.add(thread.getName());
      }
    }
    return names;
  }

  /**
   * Waits up to {@code timeoutMillis} for every thread started since {@code before} to end, except
   * those whose name starts with one of {@code allowedPrefixes}; fails naming the survivors.
   */
  public static void assertThreadsEnded(Set<Thread> before, long timeoutMillis, List<String> allowedPrefixes)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    List<String> survivors;
    do {
      survivors = new ArrayList<>();
      for (String name : newThreadNames(before)) {
        if (!startsWithAny(name, allowedPrefixes)) {
          survivors.add(name);
        }
      }
      if (survivors.isEmpty()) {
        return;
      }
      Thread.sleep(20);
    } while (System.nanoTime() - deadline < 0);
    fail("Threads still running " + timeoutMillis + " ms after close(): " + survivors);
  }

  /**
   * Waits until the number of connections in {@code client}'s pool stops changing and returns it.
   * Right after a load OkHttp's cleaner is still closing the idle connections beyond the pool's
   * limit, one at a time; a count read then would not be the one close() must leave alone.
   */
  public static int settledConnectionCount(OkHttpClient client) throws InterruptedException {
    int count = client.connectionPool().connectionCount();
    for (int i = 0; i < 50; i++) {
      Thread.sleep(100);
      int now = client.connectionPool().connectionCount();
      if (now == count) {
        return count;
      }
      count = now;
    }
    throw new AssertionError("The pool of " + client + " did not settle within 5 s");
  }

  /**
   * Returns the OkHttp client behind a generated client. The clients do not expose it, so this
   * reads their {@code transport} field: tests need it to see what {@code close()} did to the pool.
   */
  public static OkHttpClient okHttpClientOf(Object client) {
    try {
      Field transport = client.getClass().getDeclaredField("transport");
      transport.setAccessible(true);
      return ((Transport) transport.get(client)).okHttpClient();
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new AssertionError(client.getClass() + " no longer keeps its Transport in a field 'transport'", e);
    }
  }

  private static boolean startsWithAny(String name, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
