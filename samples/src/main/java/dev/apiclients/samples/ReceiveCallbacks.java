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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Receives the callbacks Cyclis posts, on the JDK's own HTTP server: checks the secret in the URL,
 * parses the body, hands the event to a queue and answers at once; a worker takes the events off
 * the queue.
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
  private ReceiveCallbacks() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    // The secret is the last path segment of the URL registered with Cyclis.
    String secret = secretFrom(System.getenv());
    // The queue decouples answering Cyclis from the work; in production, make it durable.
    BlockingQueue<CyclisCallbackEvent> events = new LinkedBlockingQueue<>();
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
    HttpServer server = HttpServer.create(address, 0);
    server.createContext("/cyclis/callbacks/", exchange -> {
      // [START readme]
      // Without the secret of the registered URL, answer as if nothing were here.
      String presented = exchange.getRequestURI().getPath().substring("/cyclis/callbacks/".length());
      if (!"POST".equals(exchange.getRequestMethod()) || !CyclisCallbacks.secretMatches(secret, presented)) {
        answer(exchange, 404);
        return;
      }
      // Parse and queue, then answer at once: the work happens off this thread.
      byte[] body = readAll(exchange.getRequestBody());
      try {
        events.add(CyclisCallbacks.parse(body)); // OrderChanged, CompanyAccessChanged or Unknown
        answer(exchange, 204);
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

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int read; (read = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }
}
