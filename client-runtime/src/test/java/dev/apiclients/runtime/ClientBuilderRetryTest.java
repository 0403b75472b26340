package dev.apiclients.runtime;

import static java.util.Arrays.asList;
import static java.util.Collections.emptyList;
import static java.util.Collections.singletonList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.codegen.Calls;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Call;

/**
 * Retries as the layer above the transport makes them, through the stack a {@link ClientBuilder}
 * builds: which failures are retried, how long each wait is, and that waits respect the call's
 * deadline and cancellation. The {@link FakeRetryTimer} records the waits instead of sleeping.
 */
class ClientBuilderRetryTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeRetryTimer timer = new FakeRetryTimer();
  private Transport transport;

  @AfterEach
  void tearDown() throws Exception {
    if (transport != null) {
      transport.close();
    }
    server.shutdown();
  }

  /** Longer than a long in milliseconds, and than an int in seconds (which OkHttp itself parses). */
  @ParameterizedTest
  @ValueSource(strings = {"9300000000000000", "2147483648", "99999999999999999999999"})
  void absurdlyLongRetryAfterEndsTheRetriesAfterOneRequest(String retryAfter) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", retryAfter));
    server.enqueue(new MockResponse().setBody("{\"name\":\"too early\"}"));

    ApiHttpException e = assertThrows(ApiHttpException.ServerErrorException.class, () -> get(api(b -> b)));

    assertEquals(retryAfter, e.headers().get("Retry-After"));
    assertEquals(1, server.getRequestCount());
    assertEquals(emptyList(), timer.waits());
  }

  /** The server's own value: no longer rewritten to 1 s to keep OkHttp from resending by itself. */
  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "7"})
  void retryAfterIsWaitedForExactlyThenRetried(String seconds) throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", seconds));
    server.enqueue(new MockResponse().setBody("{\"name\":\"done\"}"));

    assertEquals("done", get(api(b -> b)).name);

    assertEquals(2, server.getRequestCount());
    assertEquals(singletonList(Long.parseLong(seconds) * 1000), timer.waits());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0"})
  void persistentServiceUnavailableIsSentOncePlusMaxRetries(String retryAfter) {
    for (int i = 0; i < 4; i++) {
      MockResponse unavailable = new MockResponse().setResponseCode(503);
      server.enqueue(retryAfter.isEmpty() ? unavailable : unavailable.setHeader("Retry-After", retryAfter));
    }

    assertThrows(ApiHttpException.ServerErrorException.class, () -> get(api(b -> b)));

    assertEquals(3, server.getRequestCount());
    assertEquals(retryAfter.isEmpty() ? asList(250L, 500L) : asList(0L, 0L), timer.waits());
  }

  @Test
  void retryAfterEqualToTheLongestWaitIsWaitedFor() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
    server.enqueue(new MockResponse().setBody("{\"name\":\"done\"}"));

    get(api(b -> b.retryPolicy(RetryPolicy.builder().maxRetryAfterMillis(1000).build())));

    assertEquals(2, server.getRequestCount());
    assertEquals(singletonList(1000L), timer.waits());
  }

  @Test
  void backoffIsJitteredToBetween75And100PercentOfTheDelay() throws Exception {
    timer.random(0.999);
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(new MockResponse().setBody("{\"name\":\"done\"}"));

    get(api(b -> b.retryPolicy(RetryPolicy.builder().initialBackoffMillis(400).build())));

    // 400 and 800, less 0.999 of a quarter: the shortest waits the jitter may choose.
    assertEquals(asList(301L, 601L), timer.waits());
  }

  @Test
  void bodyCutOffOnAnEarlierAttemptIsRetried() throws Exception {
    server.enqueue(new MockResponse().setBody("[" + "{\"name\":\"x\"},".repeat(10_000) + "{\"name\":\"x\"}]")
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(new MockResponse().setBody("[]"));

    assertEquals(emptyList(), Calls.execute(api(b -> b).list("q")));

    assertEquals(2, server.getRequestCount());
  }

  /**
   * Also after a 503 with {@code Retry-After: 0}, on which OkHttp 3.14 by itself resends any request,
   * a POST too.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "0"})
  void postIsSentOnceWhateverTheAnswer(String retryAfter) {
    MockResponse unavailable = new MockResponse().setResponseCode(503);
    server.enqueue(retryAfter.isEmpty() ? unavailable : unavailable.setHeader("Retry-After", retryAfter));
    server.enqueue(new MockResponse().setBody("{\"name\":\"twice\"}"));

    assertThrows(ApiHttpException.ServerErrorException.class,
        () -> Calls.execute(api(b -> b).create(ItemsApi.Item.named("spoon"))));

    assertEquals(1, server.getRequestCount());
  }

  /** As the OAuth token fetch, an interceptor inside the retries, reports a token endpoint's answers. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HTTP 503", "HTTP 429", "connection"})
  void temporaryTypedFailureOfAnInnerInterceptorIsRetried(String failure) throws Exception {
    server.enqueue(new MockResponse().setBody("{\"name\":\"done\"}"));
    AtomicInteger attempts = new AtomicInteger();
    Interceptor failsOnce = chain -> {
      if (attempts.incrementAndGet() == 1) {
        throw typed(failure);
      }
      return chain.proceed(chain.request());
    };

    assertEquals("done", get(api(b -> b, failsOnce)).name);

    assertEquals(2, attempts.get());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"HTTP 401", "HTTP 400", "decode"})
  void lastingTypedFailureOfAnInnerInterceptorIsNotRetried(String failure) {
    AtomicInteger attempts = new AtomicInteger();
    Interceptor fails = chain -> {
      attempts.incrementAndGet();
      throw typed(failure);
    };

    ApiException e = assertThrows(ApiException.class, () -> get(api(b -> b, fails)));

    assertEquals(typed(failure).getClass(), e.getClass());
    assertEquals(1, attempts.get());
    assertEquals(0, server.getRequestCount());
  }

  /** A token endpoint's 429 asking for an hour: waiting less would only be refused again. */
  @Test
  void innerFailureAskingForALongerPauseThanThePolicyAllowsIsNotRetried() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600"));
    ApiHttpException rateLimited;
    OkHttpClient plain = new OkHttpClient();
    try (okhttp3.Response answer = plain.newCall(new okhttp3.Request.Builder().url(server.url("/token")).build())
        .execute()) {
      rateLimited = ApiHttpException.forStatus(answer, null, null, "");
    }
    AtomicInteger attempts = new AtomicInteger();
    Interceptor tokenRefused = chain -> {
      attempts.incrementAndGet();
      throw rateLimited;
    };

    ApiHttpException e = assertThrows(ApiHttpException.RateLimitedException.class, () -> get(api(b -> b, tokenRefused)));

    assertEquals(3600, e.retryAfter().getSeconds());
    assertEquals(1, attempts.get());
    assertEquals(emptyList(), timer.waits());
  }

  @Test
  void waitThatWouldPassTheCallTimeoutEndsTheCallAtOnce() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "8"));
    server.enqueue(new MockResponse().setBody("{\"name\":\"too late\"}"));

    ApiConnectionException e = assertThrows(ApiConnectionException.class,
        () -> get(api(b -> b.callTimeout(1, TimeUnit.SECONDS))));

    assertInstanceOf(InterruptedIOException.class, e.getCause());
    assertTrue(e.getMessage().startsWith("GET /items/7 failed: java.io.InterruptedIOException: the call timeout of "
        + "1000 ms would pass during the 8000 ms wait before retry 1 ("), e.getMessage());
    assertTrue(e.getMessage().endsWith(" ms used); the last attempt failed with ServerErrorException"), e.getMessage());
    assertEquals(ApiHttpException.ServerErrorException.class, e.getSuppressed()[0].getClass());
    assertEquals(emptyList(), timer.waits());
    assertEquals(1, server.getRequestCount());
  }

  /** The first attempt and the wait took 2 of the 3 s: the retry gets the one left, not 3 more. */
  @Test
  void retryGetsWhatIsLeftOfTheCallTimeout() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "2"));
    server.enqueue(new MockResponse().setBody("{\"name\":\"slow\"}").setHeadersDelay(5, TimeUnit.SECONDS));

    long start = System.nanoTime();
    ApiConnectionException e = assertThrows(ApiConnectionException.class,
        () -> get(api(b -> b.callTimeout(3, TimeUnit.SECONDS))));
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertEquals(asList(2000L), timer.waits());
    assertEquals(2, server.getRequestCount());
    assertTrue(tookMillis < 2900, "the retry was allowed " + tookMillis + " ms: " + e);
  }

  @Test
  void defaultCallTimeoutIsTenMinutes() throws Exception {
    transport = new TestClientBuilder(server.url("/").toString(), Collections.emptySet()).buildTransport();

    assertEquals(TimeUnit.MINUTES.toMillis(10), transport.okHttpClient().callTimeoutMillis());
  }

  @Test
  void callersOkHttpCallTimeoutIsTheBoundWhenNoneIsSet() throws Exception {
    OkHttpClient own = new OkHttpClient.Builder().callTimeout(42, TimeUnit.SECONDS).build();
    transport = new TestClientBuilder(server.url("/").toString(), Collections.emptySet())
        .okHttpClient(own).buildTransport();

    assertEquals(42_000, transport.okHttpClient().callTimeoutMillis());
  }

  @Test
  void interruptedWhileWaitingToRetryStopsAndKeepsTheInterrupt() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "5"));
    server.enqueue(new MockResponse().setBody("{\"name\":\"too late\"}"));
    Interceptor interruptsOnTheAnswer = chain -> {
      okhttp3.Response response = chain.proceed(chain.request());
      Thread.currentThread().interrupt();
      return response;
    };
    transport = new TestClientBuilder(server.url("/").toString(), Collections.emptySet())
        .buildTransport(singletonList(interruptsOnTheAnswer));

    try {
      ApiConnectionException e = assertThrows(ApiConnectionException.class,
          () -> Calls.execute(transport.create(ItemsApi.class).get("7")));

      assertEquals("java.io.InterruptedIOException: Interrupted during the wait before retry 1",
          e.getCause().toString());
      assertTrue(Thread.interrupted());
    } finally {
      Thread.interrupted();
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void cancellingASynchronousCallEndsItsWaitAtOnce() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "5"));
    transport = new TestClientBuilder(server.url("/").toString(), Collections.emptySet()).buildTransport();
    Call<ItemsApi.Item> call = transport.create(ItemsApi.class).get("7");
    CompletableFuture<Throwable> outcome = executeInBackground(call);
    server.takeRequest();
    Thread.sleep(200); // Into the wait (if not, the cancel ends the call before it: fine as well).

    call.cancel();

    Throwable failure = outcome.get(2, TimeUnit.SECONDS);
    assertTrue(failure instanceof ApiException, String.valueOf(failure));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void asynchronousRetryIsScheduledAndCompletesTheFuture() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{\"name\":\"done\"}"));

    assertEquals("done", Calls.future(api(b -> b).get("7")).get(5, TimeUnit.SECONDS).name);

    assertEquals(singletonList(250L), timer.waits());
  }

  @Test
  void asynchronousWaitThatWouldPassTheCallTimeoutFailsTheFutureAtOnce() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "8"));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> Calls.future(api(b -> b.callTimeout(1, TimeUnit.SECONDS)).get("7")).get(5, TimeUnit.SECONDS));

    ApiConnectionException deadline = assertInstanceOf(ApiConnectionException.class, e.getCause());
    assertTrue(deadline.getMessage().contains("the call timeout of 1000 ms would pass during the 8000 ms wait"),
        deadline.getMessage());
    assertEquals(emptyList(), timer.waits());
  }

  @Test
  void cancellingAFutureDuringItsWaitEndsTheWaitAndSendsNothingMore() throws Exception {
    timer.holdScheduledWaits();
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{\"name\":\"too late\"}"));
    CompletableFuture<ItemsApi.Item> future = Calls.future(api(b -> b).get("7"));
    java.util.concurrent.FutureTask<?> wait = timer.heldWaits.poll(5, TimeUnit.SECONDS);

    assertTrue(future.cancel(true));

    assertTrue(wait.isCancelled(), "the scheduled retry was dropped");
    wait.run(); // A cancelled task does nothing, as the scheduler would.
    assertEquals(1, server.getRequestCount());
  }

  /**
   * Five calls waiting on a {@code Retry-After} used to hold all five of OkHttp's per-host slots, so
   * a sixth call, answered at once by the server, waited behind them.
   */
  @Test
  void asynchronousWaitsHoldNoDispatcherSlot() throws Exception {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
        return request.getPath().equals("/items/fast")
            ? new MockResponse().setBody("{\"name\":\"fast\"}")
            : new MockResponse().setResponseCode(503).setHeader("Retry-After", "8");
      }
    });
    transport = new TestClientBuilder(server.url("/").toString(), Collections.emptySet()).buildTransport();
    ItemsApi items = transport.create(ItemsApi.class);
    List<CompletableFuture<ItemsApi.Item>> waiting = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      waiting.add(Calls.future(items.get("slow")));
    }
    for (int i = 0; i < 5; i++) {
      server.takeRequest(5, TimeUnit.SECONDS);
    }

    okhttp3.Dispatcher dispatcher = transport.okHttpClient().dispatcher();
    for (int polls = 0; dispatcher.runningCallsCount() > 0 && polls < 200; polls++) {
      Thread.sleep(10); // The last answers' calls release their slots just after their callbacks.
    }
    assertEquals(0, dispatcher.runningCallsCount(), "slots held while five calls wait to retry");

    assertEquals("fast", Calls.future(items.get("fast")).get(2, TimeUnit.SECONDS).name);

    for (CompletableFuture<ItemsApi.Item> future : waiting) {
      assertTrue(future.cancel(true));
    }
    assertEquals(6, server.getRequestCount());
  }

  @Test
  void closingTheClientEndsAsynchronousWaitsAtOnce() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "8"));
    transport = new TestClientBuilder(server.url("/").toString(), Collections.emptySet()).buildTransport();
    CompletableFuture<ItemsApi.Item> future = Calls.future(transport.create(ItemsApi.class).get("7"));
    server.takeRequest();
    Thread.sleep(200); // Into the wait (if not, the closed client ends the call before it: fine as well).

    transport.close();

    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(2, TimeUnit.SECONDS));
    assertInstanceOf(ApiConnectionException.class, e.getCause());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void closingTheClientEndsASynchronousWaitAtOnce() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "8"));
    transport = new TestClientBuilder(server.url("/").toString(), Collections.emptySet()).buildTransport();
    Call<ItemsApi.Item> call = transport.create(ItemsApi.class).get("7");
    CompletableFuture<Throwable> outcome = executeInBackground(call);
    server.takeRequest();
    Thread.sleep(200);

    transport.close();

    Throwable failure = outcome.get(2, TimeUnit.SECONDS);
    assertTrue(failure instanceof ApiException, String.valueOf(failure));
  }

  /** A timeout set on one {@code Call} is that call's deadline, its retries included. */
  @Test
  void timeoutSetOnTheCallBoundsItsRetriesToo() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{\"name\":\"slow\"}").setHeadersDelay(3, TimeUnit.SECONDS));
    Call<ItemsApi.Item> call = api(b -> b).get("7");
    call.timeout().timeout(1, TimeUnit.SECONDS);

    long start = System.nanoTime();
    assertThrows(ApiConnectionException.class, () -> Calls.execute(call));
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertTrue(tookMillis < 2500, "the retry ran for " + tookMillis + " ms");
  }

  /** A policy that honours any Retry-After, and a huge one: the deadline check must not overflow. */
  @Test
  void hugeRetryAfterUnderAnUnboundedPolicyStillRespectsTheCallTimeout() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "99999999999999999999"));

    ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> get(api(b -> b
        .retryPolicy(RetryPolicy.builder().maxRetryAfterMillis(Long.MAX_VALUE).build())
        .callTimeout(1, TimeUnit.SECONDS))));

    assertTrue(e.getMessage().contains("the call timeout of 1000 ms would pass"), e.getMessage());
    assertEquals(emptyList(), timer.waits());
  }

  /** An interceptor that throws is a defect in the client's stack: typed, sent once, never retried. */
  @Test
  void interceptorThatThrowsFailsTheCallOnceWithATypedException() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"name\":\"unread\"}"));
    AtomicInteger attempts = new AtomicInteger();
    Interceptor broken = chain -> {
      attempts.incrementAndGet();
      throw new IllegalStateException("broken interceptor");
    };
    ItemsApi items = api(b -> b, broken);

    ApiConnectionException sync = assertThrows(ApiConnectionException.class, () -> get(items));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> Calls.future(items.get("7")).get(5, TimeUnit.SECONDS));

    assertEquals("GET /items/7 failed: thrown inside the client (an interceptor), not by the connection: "
        + "java.lang.IllegalStateException: broken interceptor", sync.getMessage());
    assertEquals(sync.getMessage(), async.getCause().getMessage());
    assertEquals(2, attempts.get());
    assertEquals(emptyList(), timer.waits());
  }

  @Test
  void aCallIsEnqueuedOnlyOnce() {
    server.enqueue(new MockResponse().setBody("{\"name\":\"once\"}"));
    Call<ItemsApi.Item> call = api(b -> b).get("7");
    Calls.future(call);

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Calls.future(call));

    assertEquals("Already executed.", e.getMessage());
  }

  @Test
  void callTimeoutBelowAMillisecondIsABoundAndBeyondAnIntIsRefused() {
    TestClientBuilder builder = new TestClientBuilder(server.url("/").toString(), Collections.emptySet());
    transport = builder.callTimeout(10, TimeUnit.MICROSECONDS).buildTransport();
    assertEquals(1, transport.okHttpClient().callTimeoutMillis());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder.callTimeout(30, TimeUnit.DAYS));
    assertEquals("callTimeout must be between 0 and 2147483647 ms but was 30 DAYS", e.getMessage());
  }

  /** Runs {@code call.execute()} on another thread; the future holds what it threw, or null. */
  private static CompletableFuture<Throwable> executeInBackground(Call<?> call) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        call.execute();
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
  }

  private static ApiException typed(String failure) {
    switch (failure) {
      case "connection":
        return new ApiConnectionException("POST /oauth/token", new IOException("reset"));
      case "decode":
        return new ApiDecodeException("Could not decode TokenAnswer", "{", null);
      default:
        return ApiHttpException.forStatus(Integer.parseInt(failure.substring(5)), null, null, "");
    }
  }

  private ItemsApi api(UnaryOperator<TestClientBuilder> settings, Interceptor... auth) {
    TestClientBuilder builder = new TestClientBuilder(server.url("/").toString(), Collections.emptySet())
        .retryTimer(timer);
    transport = settings.apply(builder).buildTransport(asList(auth), ItemsApi.ERRORS, RequestRule.NONE);
    return transport.create(ItemsApi.class);
  }

  private static ItemsApi.Item get(ItemsApi api) throws ApiException {
    return Calls.execute(api.get("7"));
  }
}
