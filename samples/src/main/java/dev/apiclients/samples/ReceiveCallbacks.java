package dev.apiclients.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.apiclients.cyclis.CyclisCallbackEvent;
import dev.apiclients.cyclis.CyclisCallbacks;
import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.model.Order;
import dev.apiclients.runtime.ApiDecodeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Receives the callbacks Cyclis posts, on the JDK's own HTTP server: checks the secret in the URL,
 * parses the body, hands the event to a queue and answers at once; a worker takes the events off
 * the queue.
 *
 * <p>Register the receiver's URL, with a secret only Cyclis and you know, once:
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
    String secret = System.getenv("CYCLIS_CALLBACK_SECRET");
    // The queue decouples answering Cyclis from the work; in production, make it durable.
    BlockingQueue<CyclisCallbackEvent> events = new LinkedBlockingQueue<>();
    start(new InetSocketAddress(8080), secret, events);
    try (CyclisClient cyclis = CyclisClient.builder().apiToken(System.getenv("CYCLIS_API_TOKEN")).build()) {
      while (true) {
        process(events.take(), cyclis);
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

  static void process(CyclisCallbackEvent event, CyclisClient cyclis) throws IOException {
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
