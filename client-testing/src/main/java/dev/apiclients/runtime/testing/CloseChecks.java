package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What a generated client's {@code close()} must do to the OkHttp client it sends with, checked
 * after a load that gave it connections and threads to release: release everything of an OkHttp
 * client it built itself, and leave one the caller supplied exactly as it was.
 */
public final class CloseChecks {
  /** How long the threads a client started may take to end after close(). */
  private static final long THREAD_END_MILLIS = 5_000;

  private CloseChecks() {}

  /** Puts a load on a client, and checks its outcome, before the client is closed. */
  public interface Load<T> {
    void run(T client) throws Exception;
  }

  /** Builds a client, loads it and closes it: no connection and no thread of its own may survive. */
  public static <T extends Closeable> void assertCloseReleasesEverything(Supplier<T> build, Load<T> load)
      throws Exception {
    Set<Thread> before = Leaks.threads();
    T client = build.get();
    OkHttpClient http = Leaks.okHttpClientOf(client);

    load.run(client);
    // Without these, the checks after close() could pass with nothing to release.
    assertTrue(http.connectionPool().idleConnectionCount() > 0, "the load left idle connections");
    assertTrue(Leaks.newThreadNames(before).contains("OkHttp Dispatcher"),
        "asynchronous calls ran on OkHttp's threads");

    client.close();

    assertEquals(0, http.connectionPool().connectionCount());
    assertTrue(http.dispatcher().executorService().isShutdown());
    Leaks.assertThreadsEnded(before, THREAD_END_MILLIS, Leaks.UNOWNED_THREADS);
  }

  /**
   * Builds a client on an OkHttp client of the caller's, loads it and closes it: the caller's
   * client keeps its pool and threads and still answers {@code stillWorks} with a 200; only its
   * owner's shutdown then releases them.
   */
  public static <T extends Closeable> void assertCloseLeavesTheCallersClient(Function<OkHttpClient, T> buildOn,
      Load<T> load, Request stillWorks) throws Exception {
    Set<Thread> before = Leaks.threads();
    OkHttpClient supplied = new OkHttpClient();
    T client = buildOn.apply(supplied);

    load.run(client);
    int connections = Leaks.settledConnectionCount(supplied);
    assertTrue(connections > 0, "the load used the caller's pool");

    client.close();

    // The caller's client belongs to the caller: close() leaves its pool and threads as they were.
    assertEquals(connections, supplied.connectionPool().connectionCount());
    assertFalse(supplied.dispatcher().executorService().isShutdown());
    try (Response response = supplied.newCall(stillWorks).execute()) {
      assertEquals(200, response.code());
    }
    // Its owner's shutdown then releases everything the load used.
    supplied.dispatcher().executorService().shutdown();
    supplied.connectionPool().evictAll();
    assertEquals(0, supplied.connectionPool().connectionCount());
    Leaks.assertThreadsEnded(before, THREAD_END_MILLIS, Leaks.UNOWNED_THREADS);
  }
}
