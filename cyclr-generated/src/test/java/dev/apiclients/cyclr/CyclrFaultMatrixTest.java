package dev.apiclients.cyclr;

import dev.apiclients.cyclr.model.AccountCreateRequest;
import dev.apiclients.runtime.testing.FaultMatrixContract;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import retrofit2.Response;

/**
 * The shared fault matrix, with getPartnerDetails as the idempotent call and createAccount as the
 * unsafe one. A fixed bearer token keeps token requests out of the server's request count; the
 * OAuth flow's own failures are covered by {@link CyclrOAuthTest}.
 */
class CyclrFaultMatrixTest extends FaultMatrixContract {
  @Override
  protected ClientUnderTest connect(String baseUrl) {
    CyclrClient client = CyclrClient.builder()
        .baseUrl(baseUrl)
        .tokenUrl(baseUrl + "oauth/token")
        .bearerToken("fixed-token")
        .retryPolicy(POLICY)
        .readTimeout(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
        .callTimeout(CALL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
        .build();
    return new ClientUnderTest() {
      @Override
      public Response<?> idempotentCall() throws IOException {
        return client.calls().partner().getPartnerDetails().execute();
      }

      @Override
      public Response<?> unsafeCall() throws IOException {
        return client.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute();
      }

      @Override
      public String validBody() {
        // Decodes as PartnerDetails and as AccountIdResponse alike.
        return "{\"Id\":\"00000000000000000000000000000000\",\"ApplicationDisplayName\":\"Example Partner\"}";
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }
}
