package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.json;
import static dev.apiclients.cyclr.TestServers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.apiclients.cyclr.model.AccountUpdateRequest;
import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.runtime.testing.ServedClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link CyclrClient#forAccount}: the {@code X-Cyclr-Account} header on account-level calls. */
class CyclrAccountScopeTest {
  private static final String ACCOUNT_ID = "0123456789abcdef0123456789abcdef";

  @RegisterExtension
  final ServedClient<CyclrClient> served = ServedClient.start(TestServers::oauthClient);
  private final MockWebServer server = served.server();
  private final CyclrClient cyclr = served.client();

  @Test
  void scopedCallsSendAccountHeaderAndPlainCallsDoNot() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json("{\"Id\":\"" + ACCOUNT_ID + "\"}"));
    server.enqueue(json("[]"));

    CyclrAccountScope account = cyclr.forAccount(ACCOUNT_ID);
    account.calls().accounts().updateAccount(ACCOUNT_ID, new AccountUpdateRequest().name("Renamed")).execute();
    cyclr.calls().accounts().listAccounts().execute();

    assertEquals("/oauth/token", server.takeRequest().getPath());
    RecordedRequest scoped = server.takeRequest();
    assertEquals("PUT /api/partner/accounts/" + ACCOUNT_ID + " HTTP/1.1", scoped.getRequestLine());
    assertEquals(ACCOUNT_ID, scoped.getHeader("X-Cyclr-Account"));
    assertEquals("Bearer token-1", scoped.getHeader("Authorization"));
    RecordedRequest plain = server.takeRequest();
    assertEquals("GET /api/partner/accounts HTTP/1.1", plain.getRequestLine());
    assertNull(plain.getHeader("X-Cyclr-Account"));
    assertEquals("Bearer token-1", plain.getHeader("Authorization"));
    assertEquals(3, server.getRequestCount()); // the scope shares the client's token
  }

  @Test
  void tokenRequestsOfScopedCallsCarryNoAccountHeader() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json("[]"));

    cyclr.forAccount(ACCOUNT_ID).calls().pricePlans().listPricePlans().execute();

    RecordedRequest tokenRequest = server.takeRequest();
    assertEquals("/oauth/token", tokenRequest.getPath());
    assertNull(tokenRequest.getHeader("X-Cyclr-Account"));
    assertEquals(ACCOUNT_ID, server.takeRequest().getHeader("X-Cyclr-Account"));
  }

  @Test
  void everyGetterOfTheScopeSendsTheHeader() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json("[]"));
    server.enqueue(json("{}"));
    server.enqueue(json("[]"));
    server.enqueue(new MockResponse());

    CyclrAccountScope account = cyclr.forAccount(ACCOUNT_ID);
    account.calls().accounts().listAccounts().execute();
    account.calls().partner().getPartnerDetails().execute();
    account.calls().pricePlans().listPricePlans().execute();
    account.calls().connectors().installConnector(new InstallConnectorRequest()
        .accountId(ACCOUNT_ID).connectorName("Connector").connectorVersion("v1").apiKey("api-key")).execute();

    server.takeRequest();
    for (int i = 0; i < 4; i++) {
      assertEquals(ACCOUNT_ID, server.takeRequest().getHeader("X-Cyclr-Account"));
    }
    assertEquals(ACCOUNT_ID, account.accountId());
  }

  @Test
  void blankAccountIdIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cyclr.forAccount(" "));
    assertEquals("accountApiId must not be null or blank", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
