package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.testing.ConcurrentLoad.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ConcurrentLoad} in which the outcome of every call is planned: call {@code n} makes the
 * next operation of a fixed mix in turn, meets that operation's next {@link Scenario}, and is
 * asynchronous one time in five. The plan records what each call was to meet and the server
 * records what it received, so that a test can demand that every call ended as planned and reached
 * the server exactly as often as planned (retries included).
 *
 * <p>A client's test supplies only its mix of operations and a server that answers each request by
 * its {@link CallKey}, counting it with {@link #status}.
 *
 * @param <C> what the operations are called on: a client, or a client and its scopes
 */
public final class PlannedLoad<C> {
  private static final int THREADS = 16;
  private static final int CALLS_PER_THREAD = 500;
  /** How many calls a load makes (16 threads of 500), numbered from 0 in the order they start. */
  public static final int CALLS = THREADS * CALLS_PER_THREAD;

  private final List<Mix<C>> mixes;
  /** Requests received per call number, for the calls that carry a key. */
  private final Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final Map<Integer, Scenario> planned = new ConcurrentHashMap<>();
  private final AtomicInteger callsWithoutKey = new AtomicInteger();

  public PlannedLoad(List<Mix<C>> mixes) {
    this.mixes = mixes;
  }

  /** Returns its arguments, so that a mix reads {@code new Mix<>(scenarios(OK, FLAKY), ...)}. */
  public static Scenario[] scenarios(Scenario... scenarios) {
    return scenarios;
  }

  /**
   * Runs the whole load, call {@code n} made by {@code task} (usually {@code n -> call(target, n)}),
   * and fails listing the calls that did not end as planned.
   */
  public void assertEveryCallEndsAsPlanned(ConcurrentLoad.Task task) throws InterruptedException {
    List<String> unexpected = ConcurrentLoad.run(THREADS, CALLS_PER_THREAD, task);
    assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " call(s) did not end as planned, for example: "
        + unexpected.subList(0, Math.min(10, unexpected.size())));
  }

  /** Makes call {@code n} on {@code target}: the next operation in turn, its next scenario. */
  public void call(C target, int n) throws Exception {
    Mix<C> mix = mixes.get(n % mixes.size());
    Scenario scenario = Scenario.OK;
    if (mix.scenarios == null) {
      callsWithoutKey.incrementAndGet();
    } else {
      scenario = mix.scenarios[(n / mixes.size()) % mix.scenarios.length];
      planned.put(n, scenario);
    }
    mix.call.call(target, n, scenario, n % 5 == 0);
  }

  /**
   * For the server: counts one request of the call {@code key} names and returns the status to
   * answer it with, 0 for the operation's success answer.
   */
  public int status(CallKey key) {
    return key.scenario.status(attempts.computeIfAbsent(key.number, k -> new AtomicInteger()).incrementAndGet());
  }

  /**
   * Each call of the load was made, each call with a key reached the server as often as its
   * scenario says (a retried 503 twice, anything else once), and the server received {@code
   * apiRequests} requests in all: exactly those, and one for each call without a key.
   */
  public void assertServerSawThePlannedRequests(int apiRequests) {
    List<String> wrong = new ArrayList<>();
    int expectedRequests = callsWithoutKey.get();
    for (Map.Entry<Integer, Scenario> call : planned.entrySet()) {
      AtomicInteger received = attempts.get(call.getKey());
      int count = received == null ? 0 : received.get();
      expectedRequests += call.getValue().attempts();
      if (count != call.getValue().attempts()) {
        wrong.add("call " + call.getKey() + " (" + call.getValue() + "): " + count + " request(s)");
      }
    }
    assertTrue(wrong.isEmpty(), () -> wrong.size() + " call(s) reached the server a wrong number of times: "
        + wrong.subList(0, Math.min(10, wrong.size())));
    assertEquals(CALLS, planned.size() + callsWithoutKey.get());
    assertEquals(expectedRequests, apiRequests);
  }

  /** How one operation is called and its outcome checked, with {@link ConcurrentLoad#expect}. */
  public interface PlannedCall<C> {
    void call(C target, int n, Scenario scenario, boolean async) throws Exception;
  }

  /** An operation and the scenarios it meets; null scenarios: the request cannot carry a key, always OK. */
  public static final class Mix<C> {
    final Scenario[] scenarios;
    final PlannedCall<C> call;

    public Mix(Scenario[] scenarios, PlannedCall<C> call) {
      this.scenarios = scenarios;
      this.call = call;
    }
  }
}
