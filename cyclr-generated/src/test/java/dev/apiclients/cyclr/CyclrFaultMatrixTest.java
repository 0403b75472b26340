package dev.apiclients.cyclr;

import dev.apiclients.cyclr.model.AccountCreateRequest;
import dev.apiclients.runtime.testing.FaultMatrixContract;

/**
 * The shared fault matrix, with getPartnerDetails as the idempotent call and createAccount as the
 * unsafe one. A fixed bearer token keeps token requests out of the server's request count; the
 * OAuth flow's own failures are covered by {@link CyclrOAuthTest}.
 */
class CyclrFaultMatrixTest extends FaultMatrixContract {
  /** Decodes as PartnerDetails and as AccountIdResponse alike. */
  private static final String VALID_BODY =
      "{\"Id\":\"00000000000000000000000000000000\",\"ApplicationDisplayName\":\"Example Partner\"}";

  @Override
  protected ClientUnderTest connect(String baseUrl) {
    CyclrClient client = withMatrixSettings(CyclrClient.builder()
        .baseUrl(baseUrl)
        .tokenUrl(baseUrl + "oauth/token")
        .bearerToken("fixed-token"))
        .build();
    return clientUnderTest(
        () -> client.calls().partner().getPartnerDetails().execute(),
        () -> client.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute(),
        VALID_BODY,
        client::close);
  }
}
