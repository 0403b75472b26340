package dev.apiclients.cyclr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.apiclients.cyclr.api.AccountsApiService.GetAccountUsageParams;
import dev.apiclients.cyclr.model.AccountUsage;
import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.runtime.testing.ServedClient;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Account-level operations (those the spec marks {@code x-account-scoped}) work only on the view
 * {@code forAccount(id)} returns, and only for that account: anything else is refused before a
 * byte is sent, token request included.
 */
class CyclrAccountChecksTest {
  private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
  private static final String OTHER = "fedcba9876543210fedcba9876543210";

  @RegisterExtension
  final ServedClient<CyclrClient> served = ServedClient.start(server -> CyclrClient.builder()
        .baseUrl(server.url("/api/partner/").toString())
        .bearerToken("t0k3n")
        .build());
  private final MockWebServer server = served.server();
  private final CyclrClient cyclr = served.client();

  @Test
  void installingAConnectorOnThePartnerViewIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> cyclr.connectors().installConnector(install(ACCOUNT)));

    assertEquals("installConnector acts inside one account and needs the X-Cyclr-Account header, which this view "
        + "does not send: call it on cyclr.forAccount(accountId); nothing was sent", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aBodyNamingAnotherAccountIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cyclr.forAccount(ACCOUNT).connectors().installConnector(install(OTHER)));

    assertEquals("installConnector: the body's AccountId is \"" + OTHER + "\" but this view sends X-Cyclr-Account: \""
        + ACCOUNT + "\"; nothing was sent", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aPathNamingAnotherAccountIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cyclr.forAccount(ACCOUNT).accounts().getAccountUsage(OTHER));

    assertEquals("getAccountUsage: the path parameter AccountId is \"" + OTHER + "\" but this view sends "
        + "X-Cyclr-Account: \"" + ACCOUNT + "\"; nothing was sent", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void theAccountViewSendsTheHeaderAndTheDate() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"TaskCount\":1623}"));

    AccountUsage usage = cyclr.forAccount(ACCOUNT).accounts().getAccountUsage(ACCOUNT,
        GetAccountUsageParams.builder().fromDate(LocalDate.of(2016, 12, 9)).build());

    assertEquals(Long.valueOf(1623), usage.getTaskCount());
    RecordedRequest request = server.takeRequest();
    assertEquals("GET /api/partner/accounts/" + ACCOUNT + "/billing?fromDate=2016-12-09 HTTP/1.1",
        request.getRequestLine());
    assertEquals(ACCOUNT, request.getHeader("X-Cyclr-Account"));
  }

  @Test
  void theAccountViewInstallsAsynchronouslyWithTheHeader() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200));

    cyclr.forAccount(ACCOUNT).async().connectors().installConnector(install(ACCOUNT)).get(5, TimeUnit.SECONDS);

    RecordedRequest request = server.takeRequest();
    assertEquals("POST /api/partner/installconnector HTTP/1.1", request.getRequestLine());
    assertEquals(ACCOUNT, request.getHeader("X-Cyclr-Account"));
  }

  @Test
  void thePartnerViewStillActsAsThePartner() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("[]"));

    cyclr.accounts().listAccounts();

    RecordedRequest request = server.takeRequest();
    assertEquals("GET /api/partner/accounts HTTP/1.1", request.getRequestLine());
    assertEquals(null, request.getHeader("X-Cyclr-Account"));
  }

  private static InstallConnectorRequest install(String accountId) {
    return InstallConnectorRequest.builder()
        .accountId(accountId)
        .connectorName("Connector")
        .connectorVersion("v1")
        .apiKey("key")
        .build();
  }
}
