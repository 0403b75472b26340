package dev.apiclients.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.apiclients.cyclis.CyclisCallbackEvent;
import dev.apiclients.cyclis.CyclisCallbacks;
import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.model.Order;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Receives the callbacks Cyclis posts, on the JDK's own HTTP server: checks the secret in the URL,
 * reads a body of at most 1 MiB, parses it, hands the event to a bounded queue and answers at once; a
 * worker takes the events off the queue. Requests run on a pool of 16 threads and each has 10 seconds,
 * once a thread takes it up, to be read and answered, so a stalled or slow client holds up neither the
 * receiver nor the callbacks behind it.
 *
 * <p>Answers: {@code 204} queued; {@code 400} not JSON; {@code 404} not a POST, or no or a wrong secret;
 * {@code 413} a body over 1 MiB (the rest of it is not read); {@code 503} the queue is full. A request not
 * done by its deadline gets no answer: its connection is closed.
 *
 * <p>Register the receiver's URL, with a secret only Cyclis and you know, once ({@link
 * RegisterCallbackUrl} does this and keeps the secret in a file):
 *
 * <pre>{@code
 * String secret = CyclisCallbacks.newSecret();  // store it where the receiver reads it
 * cyclis.callbackUrls().replace(URI.create("https://hooks.example.com/cyclis/callbacks/" + secret));
 * }</pre>
 *
 * <p>Run it with {@code CYCLIS_CALLBACK_SECRET} and {@code CYCLIS_API_TOKEN} set; put it behind
 * your HTTPS front end.
 */
public final class ReceiveCallbacks {
  /** A callback is a few hundred bytes: a longer body than this is refused. */
  static final int MAX_BODY_BYTES = 1024 * 1024;
  /** Requests handled at the same time; more wait for a thread. */
  static final int THREADS = 16;
  /** The time a request has, once a thread takes it up, to be read and answered. */
  static final Duration DEADLINE = Duration.ofSeconds(10);
  /** Events waiting for the worker; beyond this, callbacks are refused rather than kept in memory. */
  static final int QUEUE_CAPACITY = 10_000;

  private ReceiveCallbacks() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    // The secret is the last path segment of the URL registered with Cyclis.
    String secret = secretFrom(System.getenv());
    // The queue decouples answering Cyclis from the work; in production, make it durable.
    BlockingQueue<CyclisCallbackEvent> events = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    // Events that failed, kept for a retry or a person; in production, a durable store as well.
    List<CyclisCallbackEvent> deadLetters = new ArrayList<>();
    start(new InetSocketAddress(8080), secret, events);
    try (CyclisClient cyclis = CyclisClient.builder().apiToken(System.getenv("CYCLIS_API_TOKEN")).build()) {
      work(events, cyclis, deadLetters);
    }
  }

  /**
   * Returns {@code CYCLIS_CALLBACK_SECRET}, or stops the receiver before it starts: without the
   * secret, every request would fail and Cyclis would get no answer.
   */
  static String secretFrom(Map<String, String> environment) {
    String secret = environment.get("CYCLIS_CALLBACK_SECRET");
    if (secret == null || secret.isEmpty()) {
      throw new IllegalStateException("CYCLIS_CALLBACK_SECRET is not set: set it to the secret at the end of the"
          + " callback URL registered with Cyclis (RegisterCallbackUrl writes it to a file)");
    }
    return secret;
  }

  /**
   * Takes the events off the queue one at a time, until interrupted. An event that cannot be
   * processed goes to {@code deadLetters} and the worker goes on with the next: it was taken off the
   * queue, so dropping it here would lose it.
   */
  static void work(BlockingQueue<CyclisCallbackEvent> events, CyclisClient cyclis,
      Collection<CyclisCallbackEvent> deadLetters) throws InterruptedException {
    while (true) {
      CyclisCallbackEvent event = events.take();
      try {
        process(event, cyclis);
      } catch (ApiException | RuntimeException e) {
        // Cyclis unreachable or answering an error: worth a retry later. An order id that is not a UUID
        // (the spec allows one) cannot be fetched: a person has to look. Either way, keep the event.
        System.err.println("Not processed, kept: " + event + ": " + e);
        deadLetters.add(event);
      }
    }
  }

  static HttpServer start(InetSocketAddress address, String secret, BlockingQueue<CyclisCallbackEvent> events)
      throws IOException {
    return start(address, secret, events, DEADLINE);
  }

  /** Starts the receiver; {@code deadline} is the time each request has, once a thread takes it up. */
  static HttpServer start(InetSocketAddress address, String secret, BlockingQueue<CyclisCallbackEvent> events,
      Duration deadline) throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    // Run requests on a bounded pool of threads: without an executor, the JDK's server reads every request on
    // its one thread, and a client that stops sending holds up all the others. More requests wait their turn,
    // and each running one ends by its deadline.
    ThreadPoolExecutor threads =
        new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>());
    threads.allowCoreThreadTimeOut(true); // idle threads end, so a stopped receiver leaves none behind
    // Interrupt a request still running at its deadline. The JDK's server reads from an interruptible channel,
    // so the interrupt closes the connection, whether the client was slow with its headers or with its body.
    // (The sun.net.httpserver.maxReqTime property does the like, but for every server of the JVM, in whole
    // seconds, and only if set before the first server is created.)
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(ReceiveCallbacks::daemon);
    server.setExecutor(exchange -> threads.execute(() -> {
      FutureTask<Void> request = new FutureTask<>(exchange, null);
      ScheduledFuture<?> cut = clock.schedule(() -> request.cancel(true), deadline.toMillis(), TimeUnit.MILLISECONDS);
      request.run();
      cut.cancel(false);
    }));
    server.createContext("/cyclis/callbacks/", exchange -> {
      // [START readme]
      // Without the secret of the registered URL, answer as if nothing were here (compared in constant time).
      String presented = exchange.getRequestURI().getPath().substring("/cyclis/callbacks/".length());
      if (!"POST".equals(exchange.getRequestMethod()) || !CyclisCallbacks.secretMatches(secret, presented)) {
        answer(exchange, 404);
        return;
      }
      // Refuse a body longer than a callback can be, by its Content-Length or once the limit is passed.
      byte[] body = readAtMost(exchange, MAX_BODY_BYTES);
      if (body == null) {
        exchange.getResponseHeaders().set("Connection", "close"); // the rest of the body is not read
        answer(exchange, 413);
        return;
      }
      // Parse and queue, then answer at once: the work happens off this thread.
      try {
        CyclisCallbackEvent event = CyclisCallbacks.parse(body); // OrderChanged, CompanyAccessChanged or Unknown
        // A full queue did not keep the event: 503 says so, where 204 would lose it.
        answer(exchange, events.offer(event) ? 204 : 503);
      } catch (ApiDecodeException notJson) {
        // Not JSON: a retry would not help. Keep the body for a person to look at.
        System.err.println(notJson.getMessage() + ": " + notJson.rawBody());
        answer(exchange, 400);
      }
      // [END readme]
    });
    server.start();
    return server;
  }

  static void process(CyclisCallbackEvent event, CyclisClient cyclis) throws ApiException {
    if (event instanceof CyclisCallbackEvent.OrderChanged) {
      // The callback names the order; its current state comes from the API.
      String orderId = ((CyclisCallbackEvent.OrderChanged) event).orderId();
      Order order = cyclis.orders().getOrder(UUID.fromString(orderId)).getData();
      System.out.println("Order " + orderId + " is now " + order.getAttributes().getState());
    } else if (event instanceof CyclisCallbackEvent.CompanyAccessChanged) {
      CyclisCallbackEvent.CompanyAccessChanged change = (CyclisCallbackEvent.CompanyAccessChanged) event;
      System.out.println("Company " + change.companyId() + ": " + change.action());
    } else {
      // A kind this version does not know: keep it rather than drop it.
      System.out.println("Kept: " + event + " " + event.rawJson());
    }
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  /**
   * Returns the request body, or null as soon as it is known to be longer than {@code limit} bytes: by its
   * Content-Length before anything is read, or while reading a chunked body. The rest is not read here; the
   * JDK's server reads at most 64 KiB more of it when the exchange closes ({@code sun.net.httpserver.drainAmount}),
   * then closes the connection.
   */
  private static byte[] readAtMost(HttpExchange exchange, int limit) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length"); // a number: the server checked it
    if (declared != null && Long.parseLong(declared) > limit) {
      return null;
    }
    InputStream in = exchange.getRequestBody();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int read; (read = in.read(buffer)) != -1; ) {
      if (out.size() + read > limit) {
        return null;
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  private static Thread daemon(Runnable deadlines) {
    Thread thread = new Thread(deadlines, "callback-deadlines");
    thread.setDaemon(true); // it only cuts requests: it need not keep the JVM running
    return thread;
  }
}
