package dev.apiclients.benchmarks.ours;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.model.OrderDocument;
import java.util.UUID;

/**
 * A fresh JVM's first call with our client: build it, get one order, print its id. The cold-start
 * harness starts this in a new process per sample and stops the clock at the printed line.
 *
 * <p>Arguments: base URL, order id.
 */
public final class OursFirstCall {
  private OursFirstCall() {}

  public static void main(String[] args) throws Exception {
    try (CyclisClient client = CyclisClient.builder().baseUrl(args[0]).apiToken("cold-start-token").build()) {
      OrderDocument order = client.calls().orders().getOrder(UUID.fromString(args[1])).execute().body();
      System.out.println("decoded " + order.getData().getId());
    }
  }
}
