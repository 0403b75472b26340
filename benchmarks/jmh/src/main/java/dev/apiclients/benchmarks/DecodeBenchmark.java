package dev.apiclients.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Benchmark 1: decode one recorded {@code listOrders} answer of 5,000 orders (about 4.6 MB). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {
  static final int ORDERS = 5_000;

  private byte[] body;
  private OursDecoding<dev.apiclients.cyclis.model.OrderList> ours;
  private StockDecoding<dev.apiclients.benchmarks.stock.model.OrderList> stock;

  @Setup
  public void setUp() {
    body = OrderListFixture.orderList(ORDERS);
    ours = new OursDecoding<>(dev.apiclients.cyclis.model.OrderList.class);
    stock = new StockDecoding<>(dev.apiclients.benchmarks.stock.model.OrderList.class);
  }

  @Benchmark
  public Object ours() throws IOException {
    return ours.decode(body);
  }

  @Benchmark
  public Object stock() {
    return stock.decode(body);
  }

  @Benchmark
  public int limit() throws IOException {
    return TokenOnlyReading.read(body);
  }
}
