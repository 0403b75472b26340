package dev.apiclients.cyclr;

import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.RetryPolicy;
import dev.apiclients.runtime.testing.HostileAnswersContract;
import java.util.concurrent.CompletableFuture;

/**
 * The shared hostile answers, to getPartnerDetails, synchronously and as a future. A fixed bearer
 * token keeps token requests out of the server's queue; {@link CyclrTokenAnswersTest} sends hostile
 * token answers.
 */
class CyclrHostileAnswersTest extends HostileAnswersContract {
  @Override
  protected Target connect(String baseUrl) {
    CyclrClient client = CyclrClient.builder()
        .baseUrl(baseUrl)
        .tokenUrl(baseUrl + "oauth/token")
        .bearerToken("fixed-token")
        .retryPolicy(RetryPolicy.NONE)
        .maxResponseBytes(MAX_RESPONSE_BYTES)
        .build();
    return new Target() {
      @Override
      public Object call() throws ApiException {
        return client.partner().getPartnerDetails();
      }

      @Override
      public CompletableFuture<?> callAsync() {
        return client.async().partner().getPartnerDetails();
      }

      @Override
      public String validBody() {
        return "{\"Id\":\"00000000000000000000000000000000\",\"ApplicationDisplayName\":\"Example Partner\"}";
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }
}
