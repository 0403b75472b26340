package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.builderFor;
import static dev.apiclients.cyclr.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclr.model.Account;
import dev.apiclients.cyclr.model.AccountCreateRequest;
import dev.apiclients.cyclr.model.AccountIdResponse;
import dev.apiclients.cyclr.model.AccountUpdateRequest;
import dev.apiclients.cyclr.model.AccountUsage;
import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.cyclr.model.PartnerDetails;
import dev.apiclients.cyclr.model.PricePlan;
import dev.apiclients.cyclr.model.SignInToken;
import dev.apiclients.cyclr.model.SignInTokenRequest;
import dev.apiclients.runtime.testing.ServedClient;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Response;

/** Every operation of the spec: the request on the wire and the decoding of the documented answer. */
class CyclrOperationsTest {
  private static final String ACCOUNT_ID = "00000000000000000000000000000000";

  @RegisterExtension
  final ServedClient<CyclrClient> served = ServedClient.start(server -> builderFor(server).bearerToken("access-token-1").build());
  private final MockWebServer server = served.server();
  private final CyclrClient cyclr = served.client();

  @Test
  void listAccountsDecodesZonelessDates() throws Exception {
    server.enqueue(json("[{\"Id\":\"00000000000000000000000000000000\",\"Name\":\"Demo Account\","
        + "\"Description\":\"This account is used for demos.\",\"PricePlanId\":2,"
        + "\"LastBillDate\":\"2017-02-09T16:23:08\",\"NextBillDate\":\"2017-03-09T16:23:08\",\"AuditInfo\":\"Demo\"}]"));

    List<Account> accounts = cyclr.calls().accounts().listAccounts().execute().body();

    assertEquals(1, accounts.size());
    Account account = accounts.get(0);
    assertEquals(ACCOUNT_ID, account.getId());
    assertEquals("Demo Account", account.getName());
    assertEquals("This account is used for demos.", account.getDescription());
    assertEquals(Integer.valueOf(2), account.getPricePlanId());
    assertEquals(LocalDateTime.of(2017, 2, 9, 16, 23, 8), account.getLastBillDate());
    assertEquals(LocalDateTime.of(2017, 3, 9, 16, 23, 8), account.getNextBillDate());
    assertEquals("Demo", account.getAuditInfo());
    assertGet("/api/partner/accounts");
  }

  @Test
  void getPartnerDetailsKeepsNulls() throws Exception {
    server.enqueue(json("{\"AnonymousAccountsEnabled\":true,\"ApplicationDisplayName\":\"Example Partner\","
        + "\"ApplicationIcon\":\"data:image/png;base64,...\",\"AppStyle\":null,\"ComingSoonConnectorsEnabled\":true,"
        + "\"CustomConnectorsEnabled\":true,\"CycleNoun\":\"Cycle\",\"CycleSharingEnabled\":true,"
        + "\"Domain\":\"partner.example.com\",\"IntercomAPIKey\":null,\"IntercomAppId\":null,"
        + "\"IntercomSecretKey\":null,\"HeaderHtml\":null,\"FooterHtml\":null}"));

    PartnerDetails details = cyclr.calls().partner().getPartnerDetails().execute().body();

    // Equal field by field: the six fields sent as null (AppStyle, the Intercom keys, the HTML) stay null.
    assertEquals(new PartnerDetails()
        .anonymousAccountsEnabled(true)
        .applicationDisplayName("Example Partner")
        .applicationIcon("data:image/png;base64,...")
        .comingSoonConnectorsEnabled(true)
        .customConnectorsEnabled(true)
        .cycleNoun("Cycle")
        .cycleSharingEnabled(true)
        .domain("partner.example.com"), details);
    assertGet("/api/partner/details");
  }

  @Test
  void createAccountPostsPascalCaseBody() throws Exception {
    server.enqueue(json("{\"Id\":\"00000000000000000000000000000000\"}"));
    AccountCreateRequest request = new AccountCreateRequest()
        .name("Demo Account")
        .description("This account is used for demos.")
        .timezone("Europe/London")
        .pricePlanId(2)
        .nextBillDate(LocalDateTime.of(2017, 3, 9, 16, 23, 8))
        .auditInfo("Demo");

    AccountIdResponse created = cyclr.calls().accounts().createAccount(request).execute().body();

    assertEquals(ACCOUNT_ID, created.getId());
    assertBody("POST /api/partner/createaccount HTTP/1.1",
        "{\"AuditInfo\":\"Demo\",\"Description\":\"This account is used for demos.\",\"Name\":\"Demo Account\","
            + "\"NextBillDate\":\"2017-03-09T16:23:08\",\"PricePlanId\":2,\"Timezone\":\"Europe/London\"}");
  }

  @Test
  void updateAccountPutsOnlyTheFieldsSet() throws Exception {
    server.enqueue(json("{\"Id\":\"00000000000000000000000000000000\"}"));
    AccountUpdateRequest request = new AccountUpdateRequest().name("New Demo Account").description("");

    AccountIdResponse updated = cyclr.calls().accounts().updateAccount(ACCOUNT_ID, request).execute().body();

    assertEquals(ACCOUNT_ID, updated.getId());
    assertBody("PUT /api/partner/accounts/" + ACCOUNT_ID + " HTTP/1.1",
        "{\"Description\":\"\",\"Name\":\"New Demo Account\"}");
  }

  @Test
  void createAccountSignInTokenDecodesSevenFractionDigits() throws Exception {
    server.enqueue(json("{\"ExpiresAtUtc\":\"2016-11-18T10:50:45.6509216Z\",\"Token\":\"0000000000000000000000000000000000000\"}"));
    SignInTokenRequest request = new SignInTokenRequest().accountId(ACCOUNT_ID).username("user@example.com");

    SignInToken token = cyclr.calls().accounts().createAccountSignInToken(request).execute().body();

    assertEquals(OffsetDateTime.of(2016, 11, 18, 10, 50, 45, 650921600, ZoneOffset.UTC), token.getExpiresAtUtc());
    assertEquals("0000000000000000000000000000000000000", token.getToken());
    assertBody("POST /api/partner/createaccountsignintoken HTTP/1.1",
        "{\"AccountId\":\"00000000000000000000000000000000\",\"Username\":\"user@example.com\"}");
  }

  @Test
  void installConnectorAcceptsEmptyOk() throws Exception {
    server.enqueue(new MockResponse());
    InstallConnectorRequest request = new InstallConnectorRequest()
        .accountId("0000000000000000000000000000000000000")
        .connectorName("Connector")
        .connectorVersion("v1")
        .installedName("Demo Connector")
        .apiKey("api-key");

    Response<Void> response = cyclr.calls().connectors().installConnector(request).execute();

    assertEquals(200, response.code());
    assertNull(response.body());
    assertBody("POST /api/partner/installconnector HTTP/1.1",
        "{\"AccountId\":\"0000000000000000000000000000000000000\",\"ApiKey\":\"api-key\","
            + "\"ConnectorName\":\"Connector\",\"ConnectorVersion\":\"v1\",\"InstalledName\":\"Demo Connector\"}");
  }

  @Test
  void listPricePlansKeepsStringIds() throws Exception {
    server.enqueue(json("[{\"Id\":\"2\",\"Name\":\"Starter\"},{\"Id\":\"3\",\"Name\":\"Pro\"}]"));

    List<PricePlan> plans = cyclr.calls().pricePlans().listPricePlans().execute().body();

    assertEquals(2, plans.size());
    assertEquals("2", plans.get(0).getId());
    assertEquals("Starter", plans.get(0).getName());
    assertEquals("3", plans.get(1).getId());
    assertEquals("Pro", plans.get(1).getName());
    assertGet("/api/partner/priceplans");
  }

  @Test
  void getAccountUsageSendsFromDate() throws Exception {
    server.enqueue(json(usageBody()));

    AccountUsage usage = cyclr.calls().accounts().getAccountUsage(ACCOUNT_ID, LocalDate.of(2016, 12, 9)).execute().body();

    assertEquals(Long.valueOf(1623), usage.getTaskCount());
    assertEquals(Integer.valueOf(10), usage.getCycleCount());
    assertEquals(LocalDateTime.of(2016, 12, 9, 16, 23, 8), usage.getFromDate());
    assertEquals(LocalDateTime.of(2017, 1, 8, 16, 23, 8), usage.getToDate());
    assertEquals(Integer.valueOf(3), usage.getCurrentPricePlanId());
    assertEquals("Demo", usage.getAuditInfo());
    assertGet("/api/partner/accounts/" + ACCOUNT_ID + "/billing?fromDate=2016-12-09");
  }

  @Test
  void getAccountUsageWithoutFromDateSendsNoQuery() throws Exception {
    server.enqueue(json(usageBody()));

    AccountUsage usage = cyclr.calls().accounts().getAccountUsage(ACCOUNT_ID, null).execute().body();

    assertEquals(Long.valueOf(1623), usage.getTaskCount());
    assertGet("/api/partner/accounts/" + ACCOUNT_ID + "/billing");
  }

  @Test
  void pricePlanIdStringMatchesAccountPricePlanIdNumber() throws Exception {
    server.enqueue(json("[{\"Id\":\"2\",\"Name\":\"Starter\"}]"));
    server.enqueue(json("[{\"Id\":\"" + ACCOUNT_ID + "\",\"PricePlanId\":2}]"));

    PricePlan plan = cyclr.calls().pricePlans().listPricePlans().execute().body().get(0);
    Account account = cyclr.calls().accounts().listAccounts().execute().body().get(0);

    assertEquals(plan.getId(), String.valueOf(account.getPricePlanId()));
  }

  private static String usageBody() {
    return "{\"TaskCount\":1623,\"CycleCount\":10,\"FromDate\":\"2016-12-09T16:23:08\","
        + "\"ToDate\":\"2017-01-08T16:23:08\",\"CurrentPricePlanId\":3,\"AuditInfo\":\"Demo\"}";
  }

  private void assertGet(String path) throws InterruptedException {
    RecordedRequest recorded = server.takeRequest();
    assertEquals("GET " + path + " HTTP/1.1", recorded.getRequestLine());
    assertEquals("Bearer access-token-1", recorded.getHeader("Authorization"));
    assertNull(recorded.getHeader("X-Cyclr-Account"));
    assertEquals(0, recorded.getBodySize());
  }

  private void assertBody(String requestLine, String json) throws InterruptedException {
    RecordedRequest recorded = server.takeRequest();
    assertEquals(requestLine, recorded.getRequestLine());
    assertEquals("Bearer access-token-1", recorded.getHeader("Authorization"));
    assertTrue(recorded.getHeader("Content-Type").startsWith("application/json"), recorded.getHeader("Content-Type"));
    assertEquals(json, recorded.getBody().readUtf8());
  }
}
