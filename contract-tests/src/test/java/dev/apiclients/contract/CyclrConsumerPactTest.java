package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.apiclients.cyclr.CyclrAccountScope;
import dev.apiclients.cyclr.CyclrClient;
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
import dev.apiclients.runtime.ApiHttpException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import retrofit2.Response;

/**
 * The Cyclr Partner API as the generated {@link CyclrClient} uses it: one pact interaction per
 * operation of the spec, plus a 401 and a 400 the client must turn into typed exceptions. Pact
 * writes them to {@code target/pacts/apiclients-java-cyclr-partner-api.json}; {@code
 * PactsMatchSpecsIT} then checks every interaction against the spec.
 *
 * <p>The client sends a fixed bearer token (see {@link TestClients#cyclr} for why), except in the
 * one test of the OAuth token endpoint, where it buys its token with client credentials and the
 * next call carries it.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "cyclr-partner-api", pactVersion = PactSpecVersion.V4)
class CyclrConsumerPactTest {
  private static final String CONSUMER = ApiUnderTest.CONSUMER;

  // Access tokens are opaque; the examples are made up, never a real token.
  private static final String BEARER_REGEX = "Bearer [A-Za-z0-9._~+/=-]+";
  private static final String ACCESS_TOKEN = "pact-example-access-token";
  private static final String EXPIRED_ACCESS_TOKEN = "pact-expired-access-token";
  private static final String JSON_CONTENT_TYPE = "application/json(;\\s*charset=[\\w-]+)?";

  // Cyclr writes local dates without a zone, 2017-02-09T16:23:08, and ExpiresAtUtc in .NET's
  // round-trip form, seven fraction digits and a Z: 2016-11-18T10:50:45.6509216Z.
  private static final String LOCAL_DATE_TIME = "yyyy-MM-dd'T'HH:mm:ss";
  private static final String DOTNET_UTC = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSX";

  private static final String CLIENT_ID = "pact-example-client-id";
  private static final String CLIENT_SECRET = "pact-example-client-secret";
  private static final String FORM = "application/x-www-form-urlencoded";

  private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
  private static final String UNKNOWN_ZONE = "Mars/Olympus_Mons";

  // ---------------------------------------------------------------- OAuth token

  @Pact(consumer = CONSUMER)
  V4Pact createAccessToken(PactDslWithProvider builder) {
    return builder
        .given("the partner's OAuth client " + CLIENT_ID + " has the secret " + CLIENT_SECRET)
        .uponReceiving("a client-credentials token request")
        .method("POST").path("/oauth/token")
        .body("grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET, FORM)
        .willRespondWith()
        .status(200).headers(json())
        // A bearer token is an RFC 6750 b64token; the type is "bearer" in any case.
        .body(LambdaDsl.newJsonBody(token -> token
            .stringMatcher("token_type", "[Bb][Ee][Aa][Rr][Ee][Rr]", "bearer")
            .stringMatcher("access_token", "[A-Za-z0-9._~+/-]+=*", ACCESS_TOKEN)
            .integerType("expires_in", 1209599)
            .stringType("clientId", CLIENT_ID)).build())
        .given("price plans 2 (Starter) and 3 (Pro) exist")
        .uponReceiving("a request to list the price plans with the token just issued")
        .method("GET").path("/api/partner/priceplans")
        .headers("Authorization", "Bearer " + ACCESS_TOKEN)
        .willRespondWith()
        .status(200).headers(json())
        .body(pricePlans())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createAccessToken")
  void clientCredentialsBuyTheTokenTheNextCallCarries(MockServer server) throws Exception {
    try (CyclrClient client = TestClients.cyclrWithClientCredentials(server.getUrl(), CLIENT_ID, CLIENT_SECRET)) {
      List<PricePlan> plans = client.calls().pricePlans().listPricePlans().execute().body();

      assertEquals("2", plans.get(0).getId());
    }
  }

  // ---------------------------------------------------------------- accounts

  @Pact(consumer = CONSUMER)
  V4Pact listAccounts(PactDslWithProvider builder) {
    return authorized(builder
        .given("the partner owns account " + ACCOUNT + " named Demo Account on price plan 2, last billed "
            + "2017-02-09T16:23:08")
        .uponReceiving("a request to list the partner's accounts")
        .method("GET").path("/api/partner/accounts"))
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonArrayMinLike(1, accounts -> accounts.object(account -> account
            .stringValue("Id", ACCOUNT)
            .stringType("Name", "Demo Account")
            .stringType("Description", "This account is used for demos.")
            .integerType("PricePlanId", 2)
            .datetime("LastBillDate", LOCAL_DATE_TIME, local("2017-02-09T16:23:08"))
            .datetime("NextBillDate", LOCAL_DATE_TIME, local("2017-03-09T16:23:08"))
            .stringType("AuditInfo", "Demo"))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listAccounts")
  void listAccountsReturnsAccountsWithZonelessDates(MockServer server) throws Exception {
    try (CyclrClient client = cyclr(server)) {
      List<Account> accounts = client.calls().accounts().listAccounts().execute().body();

      Account account = accounts.get(0);
      assertEquals(ACCOUNT, account.getId());
      assertEquals("Demo Account", account.getName());
      assertEquals("This account is used for demos.", account.getDescription());
      assertEquals(2, account.getPricePlanId());
      assertEquals(LocalDateTime.parse("2017-02-09T16:23:08"), account.getLastBillDate());
      assertEquals(LocalDateTime.parse("2017-03-09T16:23:08"), account.getNextBillDate());
      assertEquals("Demo", account.getAuditInfo());
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact listAccountsWithExpiredToken(PactDslWithProvider builder) {
    return builder
        .given("the access token " + EXPIRED_ACCESS_TOKEN + " has expired")
        .uponReceiving("a request to list the partner's accounts with an expired access token")
        .method("GET").path("/api/partner/accounts")
        .matchHeader("Authorization", BEARER_REGEX, "Bearer " + EXPIRED_ACCESS_TOKEN)
        .willRespondWith()
        .status(401).headers(json())
        // ASP.NET Web API's standard answer.
        .body(LambdaDsl.newJsonBody(error -> error
            .stringType("Message", "Authorization has been denied for this request.")).build())
        .toPact(V4Pact.class);
  }

  /** With a fixed bearer token the client cannot renew it, so the 401 reaches the caller as is. */
  @Test
  @PactTestFor(pactMethod = "listAccountsWithExpiredToken")
  void expiredTokenIsUnauthorizedException(MockServer server) {
    try (CyclrClient client = TestClients.cyclr(server.getUrl(), EXPIRED_ACCESS_TOKEN)) {
      ApiHttpException e = assertThrows(ApiHttpException.UnauthorizedException.class,
          () -> client.calls().accounts().listAccounts().execute());

      assertEquals(401, e.statusCode());
      assertNull(e.errorCode());
      assertEquals("Authorization has been denied for this request.", e.errorMessage());
      assertEquals("HTTP 401: Authorization has been denied for this request.", e.getMessage());
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact createAccount(PactDslWithProvider builder) {
    return authorized(builder
        .given("price plan 2 exists")
        .uponReceiving("a request to create account Demo Account on price plan 2")
        .method("POST").path("/api/partner/createaccount"))
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
        .body(demoAccountBody("Europe/London"))
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(id -> id.stringType("Id", ACCOUNT)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createAccount")
  void createAccountSendsTheAccountAndReturnsItsId(MockServer server) throws Exception {
    try (CyclrClient client = cyclr(server)) {
      AccountIdResponse created = client.calls().accounts().createAccount(demoAccount("Europe/London")).execute().body();

      assertEquals(ACCOUNT, created.getId());
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact createAccountInUnknownTimezone(PactDslWithProvider builder) {
    return authorized(builder
        .given("price plan 2 exists and no time zone " + UNKNOWN_ZONE + " exists")
        .uponReceiving("a request to create an account in the unknown time zone " + UNKNOWN_ZONE)
        .method("POST").path("/api/partner/createaccount"))
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
        .body(demoAccountBody(UNKNOWN_ZONE))
        .willRespondWith()
        .status(400).headers(json())
        // ASP.NET Web API's validation answer: a message, and the messages per field.
        .body(LambdaDsl.newJsonBody(error -> error
            .stringType("Message", "The request is invalid.")
            .object("ModelState", state -> state.array("model.Timezone", messages -> messages
                .stringType("The time zone " + UNKNOWN_ZONE + " is not known.")))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createAccountInUnknownTimezone")
  void unknownTimezoneIsBadRequestExceptionWithTheFieldMessage(MockServer server) {
    try (CyclrClient client = cyclr(server)) {
      ApiHttpException e = assertThrows(ApiHttpException.BadRequestException.class,
          () -> client.calls().accounts().createAccount(demoAccount(UNKNOWN_ZONE)).execute());

      assertEquals(400, e.statusCode());
      assertNull(e.errorCode());
      assertEquals("The request is invalid. (model.Timezone: The time zone Mars/Olympus_Mons is not known.)",
          e.errorMessage());
      assertEquals("HTTP 400: The request is invalid. (model.Timezone: The time zone Mars/Olympus_Mons is not "
          + "known.)", e.getMessage());
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateAccount(PactDslWithProvider builder) {
    return inAccount(builder
        .given("the partner owns account " + ACCOUNT)
        .uponReceiving("a request to rename account " + ACCOUNT + " and move it to price plan 3")
        .method("PUT").path("/api/partner/accounts/" + ACCOUNT))
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
        // Every field is optional: only the two that change.
        .body(LambdaDsl.newJsonBody(account -> account
            .stringType("Name", "New Demo Account")
            .integerType("PricePlanId", 3)).build())
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(id -> id.stringValue("Id", ACCOUNT)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateAccount")
  void updateAccountSendsOnlyTheChangesInTheAccount(MockServer server) throws Exception {
    try (CyclrClient client = cyclr(server)) {
      CyclrAccountScope account = client.forAccount(ACCOUNT);

      AccountIdResponse updated = account.calls().accounts()
          .updateAccount(ACCOUNT, new AccountUpdateRequest().name("New Demo Account").pricePlanId(3))
          .execute().body();

      assertEquals(ACCOUNT, updated.getId());
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact createAccountSignInToken(PactDslWithProvider builder) {
    return inAccount(builder
        .given("account " + ACCOUNT + " has a user user@example.com")
        .uponReceiving("a request to create a sign-in token for user@example.com in account " + ACCOUNT)
        .method("POST").path("/api/partner/createaccountsignintoken"))
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
        .body(LambdaDsl.newJsonBody(request -> request
            .stringValue("AccountId", ACCOUNT)
            .stringValue("Username", "user@example.com")).build())
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(token -> token
            .datetime("ExpiresAtUtc", DOTNET_UTC, Instant.parse("2016-11-18T10:50:45.6509216Z"))
            .stringType("Token", "pact-example-sign-in-token")).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createAccountSignInToken")
  void signInTokenKeepsAllSevenFractionDigits(MockServer server) throws Exception {
    try (CyclrClient client = cyclr(server)) {
      SignInToken token = client.forAccount(ACCOUNT).calls().accounts()
          .createAccountSignInToken(new SignInTokenRequest().accountId(ACCOUNT).username("user@example.com"))
          .execute().body();

      assertEquals(OffsetDateTime.parse("2016-11-18T10:50:45.6509216Z"), token.getExpiresAtUtc());
      assertEquals(650921600, token.getExpiresAtUtc().getNano());
      assertEquals("pact-example-sign-in-token", token.getToken());
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact getAccountUsage(PactDslWithProvider builder) {
    return inAccount(builder
        .given("account " + ACCOUNT + " on price plan 3 ran 1623 tasks in 10 cycles since 2016-12-09")
        .uponReceiving("a request to get the usage of account " + ACCOUNT + " since 2016-12-09")
        .method("GET").path("/api/partner/accounts/" + ACCOUNT + "/billing")
        .matchQuery("fromDate", "\\d{4}-\\d{2}-\\d{2}", "2016-12-09"))
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(usage -> usage
            .integerType("TaskCount", 1623)
            .integerType("CycleCount", 10)
            .datetime("FromDate", LOCAL_DATE_TIME, local("2016-12-09T16:23:08"))
            .datetime("ToDate", LOCAL_DATE_TIME, local("2017-01-08T16:23:08"))
            .integerType("CurrentPricePlanId", 3)
            .stringType("AuditInfo", "Demo")).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getAccountUsage")
  void getAccountUsageReturnsCountsAndPeriod(MockServer server) throws Exception {
    try (CyclrClient client = cyclr(server)) {
      AccountUsage usage = client.forAccount(ACCOUNT).calls().accounts()
          .getAccountUsage(ACCOUNT, LocalDate.parse("2016-12-09")).execute().body();

      assertEquals(1623L, usage.getTaskCount());
      assertEquals(10, usage.getCycleCount());
      assertEquals(LocalDateTime.parse("2016-12-09T16:23:08"), usage.getFromDate());
      assertEquals(LocalDateTime.parse("2017-01-08T16:23:08"), usage.getToDate());
      assertEquals(3, usage.getCurrentPricePlanId());
      assertEquals("Demo", usage.getAuditInfo());
    }
  }

  // ---------------------------------------------------------------- partner, connectors, price plans

  @Pact(consumer = CONSUMER)
  V4Pact getPartnerDetails(PactDslWithProvider builder) {
    return authorized(builder
        .given("the partner Example Partner has no custom style, Intercom keys, header or footer HTML")
        .uponReceiving("a request to get the partner's details")
        .method("GET").path("/api/partner/details"))
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(details -> details
            .booleanType("AnonymousAccountsEnabled", true)
            .stringType("ApplicationDisplayName", "Example Partner")
            .stringMatcher("ApplicationIcon", "data:image/[a-z+]+;base64,.*", "data:image/png;base64,iVBORw0KGgo=")
            .nullValue("AppStyle")
            .booleanType("ComingSoonConnectorsEnabled", true)
            .booleanType("CustomConnectorsEnabled", true)
            .stringType("CycleNoun", "Cycle")
            .booleanType("CycleSharingEnabled", true)
            .stringType("Domain", "partner.example.com")
            .nullValue("IntercomAPIKey")
            .nullValue("IntercomAppId")
            .nullValue("IntercomSecretKey")
            .nullValue("HeaderHtml")
            .nullValue("FooterHtml")).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getPartnerDetails")
  void getPartnerDetailsReturnsSettingsAndKeepsNullsNull(MockServer server) throws Exception {
    try (CyclrClient client = cyclr(server)) {
      PartnerDetails details = client.calls().partner().getPartnerDetails().execute().body();

      assertEquals(Boolean.TRUE, details.getAnonymousAccountsEnabled());
      assertEquals("Example Partner", details.getApplicationDisplayName());
      assertEquals("data:image/png;base64,iVBORw0KGgo=", details.getApplicationIcon());
      assertNull(details.getAppStyle());
      assertEquals(Boolean.TRUE, details.getComingSoonConnectorsEnabled());
      assertEquals(Boolean.TRUE, details.getCustomConnectorsEnabled());
      assertEquals("Cycle", details.getCycleNoun());
      assertEquals(Boolean.TRUE, details.getCycleSharingEnabled());
      assertEquals("partner.example.com", details.getDomain());
      assertNull(details.getIntercomAPIKey());
      assertNull(details.getIntercomAppId());
      assertNull(details.getIntercomSecretKey());
      assertNull(details.getHeaderHtml());
      assertNull(details.getFooterHtml());
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact installConnector(PactDslWithProvider builder) {
    return inAccount(builder
        .given("account " + ACCOUNT + " exists and connector Connector v1 authenticates with an API key")
        .uponReceiving("a request to install connector Connector v1 with an API key in account " + ACCOUNT)
        .method("POST").path("/api/partner/installconnector"))
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
        .body(LambdaDsl.newJsonBody(request -> request
            .stringValue("AccountId", ACCOUNT)
            .stringValue("ConnectorName", "Connector")
            .stringValue("ConnectorVersion", "v1")
            .stringType("InstalledName", "Demo Connector")
            // A made-up key: the connector's credential must never be a real one in a pact.
            .stringType("ApiKey", "pact-example-connector-key")).build())
        .willRespondWith()
        // 200 with no body, as Cyclr documents it.
        .status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "installConnector")
  void installConnectorSucceedsWithAnEmptyBody(MockServer server) throws Exception {
    InstallConnectorRequest request = new InstallConnectorRequest()
        .accountId(ACCOUNT)
        .connectorName("Connector")
        .connectorVersion("v1")
        .installedName("Demo Connector")
        .apiKey("pact-example-connector-key");

    try (CyclrClient client = cyclr(server)) {
      Response<Void> response = client.forAccount(ACCOUNT).calls().connectors().installConnector(request).execute();

      assertEquals(200, response.code());
      assertNull(response.body());
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact listPricePlans(PactDslWithProvider builder) {
    return authorized(builder
        .given("price plans 2 (Starter) and 3 (Pro) exist")
        .uponReceiving("a request to list the price plans")
        .method("GET").path("/api/partner/priceplans"))
        .willRespondWith()
        .status(200).headers(json())
        .body(pricePlans())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listPricePlans")
  void listPricePlansReturnsIdsAsText(MockServer server) throws Exception {
    try (CyclrClient client = cyclr(server)) {
      List<PricePlan> plans = client.calls().pricePlans().listPricePlans().execute().body();

      assertEquals("2", plans.get(0).getId());
      assertEquals("Starter", plans.get(0).getName());
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Every Partner API call carries the partner's bearer token. */
  private static PactDslRequestWithPath authorized(PactDslRequestWithPath request) {
    return request.matchHeader("Authorization", BEARER_REGEX, "Bearer " + ACCESS_TOKEN);
  }

  /** A call acting inside {@link #ACCOUNT} also names it in X-Cyclr-Account; the provider state sets it up. */
  private static PactDslRequestWithPath inAccount(PactDslRequestWithPath request) {
    return authorized(request).headers("X-Cyclr-Account", ACCOUNT);
  }

  private static Map<String, String> json() {
    return Map.of("Content-Type", "application/json");
  }

  /**
   * The example for a zoneless date: Pact formats an {@link Instant} in UTC, and the pattern prints no
   * zone. (Pact's ZonedDateTime variant goes through java.util.Date and would cut the fraction to
   * milliseconds, which is why every example here is an Instant.)
   */
  private static Instant local(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC);
  }

  /** The client with the partner's fixed bearer token, against the pact's mock server. */
  private static CyclrClient cyclr(MockServer server) {
    return TestClients.cyclr(server.getUrl(), ACCESS_TOKEN);
  }

  /** Price plans: at least one like 2 (Starter). */
  private static DslPart pricePlans() {
    // A plan's Id is a JSON string of digits ("2"), unlike the integer PricePlanId of accounts.
    return LambdaDsl.newJsonArrayMinLike(1, plans -> plans.object(plan -> plan
        .stringMatcher("Id", "\\d+", "2")
        .stringType("Name", "Starter"))).build();
  }

  /** What {@link #demoAccount} sends, with {@code timezone} as the exact value. */
  private static DslPart demoAccountBody(String timezone) {
    return LambdaDsl.newJsonBody(account -> account
        .stringType("Name", "Demo Account")
        .stringType("Description", "This account is used for demos.")
        .stringValue("Timezone", timezone)
        .integerType("PricePlanId", 2)
        .datetime("NextBillDate", LOCAL_DATE_TIME, local("2017-03-09T16:23:08"))
        .stringType("AuditInfo", "Demo")).build();
  }

  private static AccountCreateRequest demoAccount(String timezone) {
    return new AccountCreateRequest()
        .name("Demo Account")
        .description("This account is used for demos.")
        .timezone(timezone)
        .pricePlanId(2)
        .nextBillDate(LocalDateTime.parse("2017-03-09T16:23:08"))
        .auditInfo("Demo");
  }
}
