package dev.apiclients.benchmarks;

import dev.apiclients.benchmarks.nativeclient.NativeDecoding;
import dev.apiclients.benchmarks.retrofit2client.Retrofit2Decoding;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 1: decode one recorded {@code listOrders} answer of 5,000 orders (about 3.9 MB) with
 * each client's own decoding. Before anything is timed, every peer must have decoded the body to
 * the same values as ours ({@link DecodedOrders}): the setup fails otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {
  static final int ORDERS = 5_000;

  private byte[] body;
  private OursDecoding<dev.apiclients.cyclis.model.OrderList> ours;
  private StockDecoding<dev.apiclients.benchmarks.stock.model.OrderList> okhttpGson;
  private NativeDecoding<dev.apiclients.benchmarks.nativehttp.model.OrderList> nativeJackson;
  private Retrofit2Decoding<dev.apiclients.benchmarks.retrofit2gson.model.OrderList> retrofit2Gson;

  @Setup
  public void setUp() throws IOException {
    body = OrderListFixture.orderList(ORDERS);
    ours = new OursDecoding<>(dev.apiclients.cyclis.model.OrderList.class);
    okhttpGson = new StockDecoding<>(dev.apiclients.benchmarks.stock.model.OrderList.class);
    nativeJackson = new NativeDecoding<>(dev.apiclients.benchmarks.nativehttp.model.OrderList.class);
    retrofit2Gson = new Retrofit2Decoding<>(dev.apiclients.benchmarks.retrofit2gson.model.OrderList.class);
    requirePeersDecodeAsOurs();
  }

  void requirePeersDecodeAsOurs() throws IOException {
    List<List<Object>> expected = DecodedOrders.rows(ours());
    DecodedOrders.requireSame(Variant.OKHTTP_GSON.label, expected, DecodedOrders.rows(okhttpGson()));
    DecodedOrders.requireSame(Variant.NATIVE_JACKSON.label, expected, DecodedOrders.rows(nativeJackson()));
    DecodedOrders.requireSame(Variant.RETROFIT2_GSON.label, expected, DecodedOrders.rows(retrofit2Gson()));
  }

  @Benchmark
  public Object ours() throws IOException {
    return ours.decode(body);
  }

  @Benchmark
  public Object okhttpGson() {
    return okhttpGson.decode(body);
  }

  @Benchmark
  public Object nativeJackson() throws IOException {
    return nativeJackson.decode(body);
  }

  @Benchmark
  public Object retrofit2Gson() throws IOException {
    return retrofit2Gson.decode(body);
  }

  @Benchmark
  public int limit() throws IOException {
    return TokenOnlyReading.read(body);
  }
}
