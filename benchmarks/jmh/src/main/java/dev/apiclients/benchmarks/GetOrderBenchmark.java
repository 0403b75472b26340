package dev.apiclients.benchmarks;

import dev.apiclients.benchmarks.nativeclient.NativeFirstCall;
import dev.apiclients.benchmarks.retrofit2client.Retrofit2FirstCall;
import dev.apiclients.benchmarks.stock.ApiClient;
import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.runtime.testing.NoDelayServerSockets;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 2: one {@code getOrder} over loopback, end to end, against a MockWebServer in the same
 * JVM that answers the seed's example order, with each client set up as its README shows. The limit is a bare OkHttp 3 call that builds the
 * request, reads the body's bytes and decodes nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GetOrderBenchmark {
  private static final String TOKEN = "benchmark-token";
  /** MockWebServer logs every request at INFO, which would be timed with each call; held, as loggers are weak. */
  private static final Logger SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());

  private MockWebServer server;
  private CyclisClient ours;
  private dev.apiclients.benchmarks.stock.api.OrdersApi okhttpGson;
  private dev.apiclients.benchmarks.nativehttp.api.OrdersApi nativeJackson;
  private dev.apiclients.benchmarks.retrofit2gson.api.OrdersApi retrofit2Gson;
  private OkHttpClient bare;
  private String ordersUrl;

  @Setup
  public void setUp() throws IOException {
    byte[] order = OrderListFixture.exampleOrder();
    SERVER_LOG.setLevel(Level.WARNING);
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(new Buffer().write(order));
      }
    });
    server.start();
    String baseUrl = server.url("/").toString();

    ours = CyclisClient.builder().baseUrl(baseUrl).apiToken(TOKEN).build();
    ApiClient api = new ApiClient();
    api.setBasePath(baseUrl.substring(0, baseUrl.length() - 1));
    api.setApiKey(TOKEN);
    okhttpGson = new dev.apiclients.benchmarks.stock.api.OrdersApi(api);
    nativeJackson = NativeFirstCall.orders(baseUrl, TOKEN);
    retrofit2Gson = Retrofit2FirstCall.orders(baseUrl, TOKEN);
    bare = new OkHttpClient();
    ordersUrl = baseUrl + "orders/";
  }

  @TearDown
  public void tearDown() throws IOException {
    ours.close();
    bare.dispatcher().executorService().shutdown();
    bare.connectionPool().evictAll();
    server.shutdown();
  }

  @Benchmark
  public Object ours() throws IOException {
    return ours.calls().orders().getOrder(OrderListFixture.EXAMPLE_ORDER_ID).execute().body();
  }

  @Benchmark
  public Object okhttpGson() throws Exception {
    return okhttpGson.getOrder(OrderListFixture.EXAMPLE_ORDER_ID);
  }

  @Benchmark
  public Object nativeJackson() throws Exception {
    return nativeJackson.getOrder(OrderListFixture.EXAMPLE_ORDER_ID);
  }

  @Benchmark
  public Object retrofit2Gson() throws IOException {
    return Retrofit2FirstCall.getOrder(retrofit2Gson, OrderListFixture.EXAMPLE_ORDER_ID);
  }

  /** A call for one order id: the request is built per call, as any caller's code must. */
  @Benchmark
  public int limit() throws IOException {
    try (Response response = bare.newCall(orderRequest()).execute()) {
      return response.body().bytes().length;
    }
  }

  /**
   * Not a target, a yardstick: the bare call plus the token-only pass of {@link DecodeBenchmark}
   * over its body, the least that any client which looks at the answer must do.
   */
  @Benchmark
  public int limitReadingTokens() throws IOException {
    try (Response response = bare.newCall(orderRequest()).execute()) {
      return TokenOnlyReading.read(response.body().bytes());
    }
  }

  private Request orderRequest() {
    return new Request.Builder().url(ordersUrl + OrderListFixture.EXAMPLE_ORDER_ID).header("API-TOKEN", TOKEN).build();
  }
}
