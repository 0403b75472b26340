package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.TOKEN;
import static dev.apiclients.cyclis.CyclisTestServer.seed;

import dev.apiclients.runtime.RetryPolicy;
import dev.apiclients.runtime.testing.HostileAnswersContract;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The shared hostile answers, to getOrder, synchronously and as a future. */
class CyclisHostileAnswersTest extends HostileAnswersContract {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");

  @Override
  protected Target connect(String baseUrl) {
    CyclisClient client = CyclisClient.builder()
        .baseUrl(baseUrl)
        .apiToken(TOKEN)
        .retryPolicy(RetryPolicy.NONE)
        .maxResponseBytes(MAX_RESPONSE_BYTES)
        .build();
    return new Target() {
      @Override
      public Object call() throws dev.apiclients.runtime.ApiException {
        return client.orders().getOrder(ID);
      }

      @Override
      public CompletableFuture<?> callAsync() {
        return client.async().orders().getOrder(ID);
      }

      @Override
      public String validBody() {
        return seed("order.json");
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }
}
