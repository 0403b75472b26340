package dev.apiclients.runtime.testing;

import dev.apiclients.runtime.ApiHttpException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockWebServer;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Many calls on one shared client from many threads at once, each with an outcome known in
 * advance, so that a test can demand that every single call ends exactly as planned.
 *
 * <pre>{@code
 * MockWebServer server = ConcurrentLoad.server();
 * List<String> unexpected = ConcurrentLoad.run(16, 500, n -> {
 *   Scenario scenario = plan(n);
 *   ConcurrentLoad.expect(scenario, client.calls().orders().getOrder(idFor(n, scenario)), n % 5 == 0);
 * });
 * assertEquals(Collections.emptyList(), unexpected);
 * }</pre>
 */
public final class ConcurrentLoad {
  /** How long one asynchronous call may take before the test gives up on it. */
  private static final long CALL_TIMEOUT_SECONDS = 30;
  /** How long a whole load may take; far beyond what a healthy run needs on two cores. */
  private static final long LOAD_TIMEOUT_SECONDS = 120;

  private ConcurrentLoad() {}

  /** One call of a load; throws when its outcome is not the planned one. */
  public interface Task {
    void call(int number) throws Exception;
  }

  /**
   * What the server does with one call and what the caller must see. The server answers attempt
   * number {@link #status(int)}; a call either succeeds after {@link #attempts()} requests or fails
   * with exactly {@link #failure()}.
   */
  public enum Scenario {
    /** 2xx at once. */
    OK(0, null, 1),
    /** 503, then 2xx: an idempotent call succeeds on its retry. */
    FLAKY(503, null, 2),
    NOT_FOUND(404, ApiHttpException.NotFoundException.class, 1),
    BAD_REQUEST(400, ApiHttpException.BadRequestException.class, 1),
    FORBIDDEN(403, ApiHttpException.ForbiddenException.class, 1),
    /** 422 has no subtype: the base type, exactly. */
    UNPROCESSABLE(422, ApiHttpException.class, 1),
    /** 503 on every attempt: for a POST or PATCH, which is sent once and never retried. */
    UNAVAILABLE(503, ApiHttpException.ServerErrorException.class, 1);

    private final int failureStatus;
    private final Class<? extends ApiHttpException> failure;
    private final int attempts;

    Scenario(int failureStatus, Class<? extends ApiHttpException> failure, int attempts) {
      this.failureStatus = failureStatus;
      this.failure = failure;
      this.attempts = attempts;
    }

    /**
     * Returns the status to answer attempt {@code attempt} (1-based) with, or 0 for the success answer.
     *
     * @return the status to answer attempt {@code attempt} (1-based) with, or 0 for the success answer
     */
    public int status(int attempt) {
      if (this == OK || (this == FLAKY && attempt > 1)) {
        return 0;
      }
      return failureStatus;
    }

    /**
     * Returns the exact exception type the caller must get, or null when the call must succeed.
     *
     * @return the exact exception type the caller must get, or null when the call must succeed
     */
    public Class<? extends ApiHttpException> failure() {
      return failure;
    }

    /**
     * Returns how many requests the server must receive for the call.
     *
     * @return how many requests the server must receive for the call
     */
    public int attempts() {
      return attempts;
    }
  }

  /**
   * Returns a MockWebServer whose connections send every write at once ({@link NoDelayServerSockets}).
   *
   * @return a MockWebServer whose connections send every write at once ({@link NoDelayServerSockets})
   */
  public static MockWebServer server() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    return server;
  }

  /**
   * Runs {@code threads × callsPerThread} calls of {@code task} on {@code threads} threads that
   * start together. Calls are numbered from 0 in the order they start. Returns a description of
   * every call that threw, empty when all went as planned.
   */
  public static List<String> run(int threads, int callsPerThread, Task task) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger threadNumber = new AtomicInteger();
    Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads,
        runnable -> new Thread(runnable, "ConcurrentLoad-" + threadNumber.incrementAndGet()));
    for (int t = 0; t < threads; t++) {
      pool.execute(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < callsPerThread; i++) {
          int number = next.getAndIncrement();
          try {
            task.call(number);
          } catch (Throwable e) {
            unexpected.add("call " + number + ": " + describe(e));
          }
        }
      });
    }
    start.countDown();
    pool.shutdown();
    if (!pool.awaitTermination(LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      pool.shutdownNow();
      unexpected.add("the load did not finish within " + LOAD_TIMEOUT_SECONDS + " s");
    }
    return new ArrayList<>(unexpected);
  }

  /**
   * Makes {@code call}, with {@code execute()} or with {@code enqueue()} and a wait, and checks that
   * it ends as {@code scenario} says. Returns the body of a successful call.
   *
   * @throws AssertionError when the call succeeds where it must fail, or fails with another type
   *     or status than planned; any other exception is the call's own
   */
  public static <T> T expect(Scenario scenario, Call<T> call, boolean async) throws Exception {
    if (scenario.failure == null) {
      return send(call, async).body();
    }
    try {
      send(call, async);
    } catch (ApiHttpException e) {
      if (e.getClass() != scenario.failure || e.statusCode() != scenario.failureStatus) {
        throw new AssertionError("Expected " + scenario.failure.getSimpleName() + " (HTTP "
            + scenario.failureStatus + ") for " + scenario + " but got " + e, e);
      }
      return null;
    }
    throw new AssertionError("Expected " + scenario.failure.getSimpleName() + " for " + scenario
        + " but the call succeeded");
  }

  /** Sends {@code call} with {@code enqueue()} and waits for its callback. */
  public static <T> Response<T> enqueueAndWait(Call<T> call) throws Exception {
    CompletableFuture<Response<T>> result = new CompletableFuture<>();
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> call, Response<T> response) {
        result.complete(response);
      }

      @Override
      public void onFailure(Call<T> call, Throwable t) {
        result.completeExceptionally(t);
      }
    });
    try {
      return result.get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable failure = e.getCause();
      if (failure instanceof Exception) {
        throw (Exception) failure;
      }
      throw (Error) failure;
    }
  }

  private static <T> Response<T> send(Call<T> call, boolean async) throws Exception {
    return async ? enqueueAndWait(call) : call.execute();
  }

  private static String describe(Throwable e) {
    return e.getCause() == null || e.getCause() == e ? e.toString() : e + " caused by " + e.getCause();
  }
}
