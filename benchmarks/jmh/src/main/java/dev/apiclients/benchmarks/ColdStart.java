package dev.apiclients.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 3: a fresh JVM's time to its first decoded response. Each sample starts a new {@code
 * java} process on the client's own runtime classpath, which builds the client and gets one order
 * from a loopback server in this process; the clock runs from starting the process to the line it
 * prints after decoding. Clients take turns, so drift on the machine hits all alike.
 */
final class ColdStart {
  private ColdStart() {}

  /** Returns the samples in milliseconds, per client, in the order the clients were given. */
  static Map<Variant, double[]> measure(List<ClientUnderTest> clients, int samples) throws IOException {
    byte[] order = OrderListFixture.exampleOrder();
    // As in GetOrderBenchmark: without TCP_NODELAY the answer could wait for a delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().close();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, order.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(order);
      }
    });
    server.start();
    try {
      String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      Map<Variant, double[]> millis = new LinkedHashMap<>();
      for (ClientUnderTest client : clients) {
        millis.put(client.variant, new double[samples]);
      }
      for (int i = 0; i < samples; i++) {
        for (ClientUnderTest client : clients) {
          millis.get(client.variant)[i] = firstCallMillis(client, baseUrl);
        }
      }
      return millis;
    } finally {
      server.stop(0);
    }
  }

  private static double firstCallMillis(ClientUnderTest client, String baseUrl) throws IOException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", client.classpath(), client.firstCallClass,
        baseUrl, OrderListFixture.EXAMPLE_ORDER_ID.toString()).redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = builder.start();
    List<String> output = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String expected = "decoded " + OrderListFixture.EXAMPLE_ORDER_ID;
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.equals(expected)) {
          double elapsed = (System.nanoTime() - start) / 1e6;
          awaitExit(process, client);
          return elapsed;
        }
        output.add(line);
      }
    }
    awaitExit(process, client);
    throw new IllegalStateException("The " + client.name() + " client's first call printed no decoded order: " + output);
  }

  private static void awaitExit(Process process, ClientUnderTest client) {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("The " + client.name() + " client's first-call process did not exit");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("The " + client.name() + " client's first call exited with " + process.exitValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static double median(double[] samples) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
