package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.CLIENT_ID;
import static dev.apiclients.cyclr.TestServers.CLIENT_SECRET;
import static dev.apiclients.cyclr.TestServers.builderFor;
import static dev.apiclients.cyclr.TestServers.json;
import static dev.apiclients.runtime.testing.CallKey.key;
import static dev.apiclients.runtime.testing.ConcurrentLoad.expect;
import static dev.apiclients.runtime.testing.PlannedLoad.scenarios;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import dev.apiclients.runtime.testing.CallKey;
import dev.apiclients.runtime.testing.CloseChecks;
import dev.apiclients.runtime.testing.ConcurrentLoad;
import dev.apiclients.runtime.testing.ConcurrentLoad.Scenario;
import dev.apiclients.runtime.testing.PlannedLoad;
import dev.apiclients.runtime.testing.PlannedLoad.Mix;
import dev.apiclients.runtime.testing.QuietServerLog;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One client shared by 16 threads making 8 000 calls at once, reads and writes, some failing on
 * purpose, while the access token expires every 1 000 calls: every call ends exactly as planned,
 * the server sees exactly the planned requests (retries included), one token request per expiry,
 * and {@code close()} leaves no thread and no connection behind.
 *
 * <p>Each call carries its {@link CallKey} in the request (an account ID, a name), so the server
 * knows how to answer it and the test knows what the caller must see. Time is the client's
 * injected clock, moved past the token's lifetime by the call that opens each block of 1 000.
 */
@ExtendWith(QuietServerLog.class)
class CyclrConcurrencyTest {
  private static final int CALLS_PER_TOKEN = 1_000;
  /** {@link TestServers.Routing}'s tokens live 1 209 599 s; one step of the clock outlives one. */
  private static final long TOKEN_LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(1_209_599);
  private static final String SCOPE_ACCOUNT = "a0000000000000000000000000000001";
  private static final String ACCOUNT_HEADER = "X-Cyclr-Account";
  private static final Pattern BEARER = Pattern.compile("Bearer token-(\\d+)");

  /**
   * The operations of the load and the scenarios each meets, in turn: failures only where the
   * operation can meet them (a retried 503 only for GET and PUT, a one-shot 503 only for POST).
   * Calls inside an account go through one shared {@link CyclrAccountScope}.
   */
  private static final List<Mix<Clients>> MIXES = Arrays.asList(
      new Mix<>(null, (c, n, scenario, async) -> {
        List<Account> accounts = expect(scenario, c.cyclr.calls().accounts().listAccounts(), async);
        assertEquals(SCOPE_ACCOUNT, accounts.get(0).getId());
      }),
      new Mix<>(null, (c, n, scenario, async) -> {
        PartnerDetails details = expect(scenario, c.cyclr.calls().partner().getPartnerDetails(), async);
        assertEquals("Example Partner", details.getApplicationDisplayName());
      }),
      new Mix<>(null, (c, n, scenario, async) -> {
        List<PricePlan> plans = expect(scenario, c.cyclr.calls().pricePlans().listPricePlans(), async);
        assertEquals("Starter", plans.get(0).getName());
      }),
      new Mix<>(scenarios(Scenario.OK, Scenario.FLAKY, Scenario.NOT_FOUND), (c, n, scenario, async) -> {
        AccountUsage usage = expect(scenario,
            c.account.calls().accounts().getAccountUsage(key(n, scenario), LocalDate.of(2016, 12, 9)), async);
        if (usage != null) {
          assertEquals(key(n, scenario), usage.getAuditInfo());
        }
      }),
      new Mix<>(scenarios(Scenario.OK, Scenario.FLAKY, Scenario.NOT_FOUND, Scenario.BAD_REQUEST),
          (c, n, scenario, async) -> {
            AccountIdResponse updated = expect(scenario, c.account.calls().accounts()
                .updateAccount(key(n, scenario), new AccountUpdateRequest().name("Account " + n)), async);
            if (updated != null) {
              assertEquals(key(n, scenario), updated.getId());
            }
          }),
      new Mix<>(scenarios(Scenario.OK, Scenario.BAD_REQUEST, Scenario.UNAVAILABLE),
          (c, n, scenario, async) -> {
            AccountIdResponse created = expect(scenario,
                c.cyclr.calls().accounts().createAccount(new AccountCreateRequest().name(key(n, scenario))), async);
            if (created != null) {
              assertEquals(key(n, scenario), created.getId());
            }
          }),
      new Mix<>(scenarios(Scenario.OK, Scenario.NOT_FOUND, Scenario.UNPROCESSABLE, Scenario.UNAVAILABLE),
          (c, n, scenario, async) -> {
            SignInToken token = expect(scenario, c.account.calls().accounts().createAccountSignInToken(
                new SignInTokenRequest().accountId(SCOPE_ACCOUNT).username(key(n, scenario))), async);
            if (token != null) {
              assertEquals("sign-in-" + key(n, scenario), token.getToken());
            }
          }),
      new Mix<>(scenarios(Scenario.OK, Scenario.UNPROCESSABLE, Scenario.FORBIDDEN),
          (c, n, scenario, async) ->
              assertNull(expect(scenario, c.account.calls().connectors().installConnector(new InstallConnectorRequest()
                  .accountId(SCOPE_ACCOUNT).connectorName("Connector").connectorVersion("v1")
                  .installedName(key(n, scenario)).apiKey("api-key")), async))));

  private final MockWebServer server = ConcurrentLoad.server();
  private final TestServers.Routing routing = new TestServers.Routing(this::answer);
  /** The client's clock: moved on by one token lifetime at the start of each block of calls. */
  private final AtomicLong nanos = new AtomicLong();
  private final PlannedLoad<Clients> plan = new PlannedLoad<>(MIXES);

  @BeforeEach
  void setUp() throws Exception {
    server.setDispatcher(routing);
    server.start();
  }

  @AfterEach
  void tearDown() throws Exception {
    server.shutdown();
  }

  @Test
  void sharedClientEndsEveryCallAsPlannedWithOneTokenRequestPerExpiryAndCloseReleasesEverything()
      throws Exception {
    CloseChecks.assertCloseReleasesEverything(
        () -> builderFor(server).clientCredentials(CLIENT_ID, CLIENT_SECRET).nanoClock(nanos::get).build(),
        this::loadAsPlanned);
  }

  @Test
  void callerSuppliedClientKeepsItsThreadsAndConnectionsAfterClose() throws Exception {
    Request stillWorks = new Request.Builder().url(TestServers.loopback(server, "/api/partner/priceplans"))
        .header("Authorization", "Bearer token-1").build();

    CloseChecks.assertCloseLeavesTheCallersClient(
        supplied -> builderFor(server).clientCredentials(CLIENT_ID, CLIENT_SECRET).nanoClock(nanos::get)
            .okHttpClient(supplied).build(),
        this::loadAsPlanned, stillWorks);
  }

  /**
   * Every call ends as planned and reached the API as often as planned (GET and PUT retried once
   * after a 503, POST never), and the token endpoint exactly once per expiry however many calls
   * raced for it. The first call of each block of {@link #CALLS_PER_TOKEN} first moves the clock
   * past the current token's lifetime, so that it and every call racing it need a new token.
   */
  private void loadAsPlanned(CyclrClient cyclr) throws Exception {
    Clients clients = new Clients(cyclr, cyclr.forAccount(SCOPE_ACCOUNT));
    plan.assertEveryCallEndsAsPlanned(n -> {
      if (n > 0 && n % CALLS_PER_TOKEN == 0) {
        nanos.addAndGet(TOKEN_LIFETIME_NANOS);
      }
      plan.call(clients, n);
    });

    plan.assertServerSawThePlannedRequests(routing.apiCalls.get());
    assertEquals(PlannedLoad.CALLS / CALLS_PER_TOKEN, routing.tokensIssued.get());
    assertEquals(routing.apiCalls.get() + routing.tokensIssued.get(), server.getRequestCount());
  }

  /**
   * Answers an API request: by path, with the call's success or its planned failure. A request
   * with a token never issued, or with the account header where it does not belong (or without it
   * where it does), gets a 418, which no scenario expects.
   */
  private MockResponse answer(RecordedRequest request) {
    Matcher bearer = BEARER.matcher(String.valueOf(request.getHeader("Authorization")));
    if (!bearer.matches() || Integer.parseInt(bearer.group(1)) > routing.tokensIssued.get()) {
      return json(418, "{\"Message\":\"Not a token this server issued: " + request.getHeader("Authorization") + "\"}");
    }
    String path = request.getRequestUrl().encodedPath().substring("/api/partner/".length());
    String route = request.getMethod() + " " + CallKey.TEXT.matcher(path).replaceAll("{key}");
    boolean inAccount = route.startsWith("PUT accounts/") || route.endsWith("/billing")
        || route.equals("POST createaccountsignintoken") || route.equals("POST installconnector");
    String accountHeader = request.getHeader(ACCOUNT_HEADER);
    if (inAccount ? !SCOPE_ACCOUNT.equals(accountHeader) : accountHeader != null) {
      return json(418, "{\"Message\":\"Wrong " + ACCOUNT_HEADER + " for " + route + ": " + accountHeader + "\"}");
    }
    CallKey key = CallKey.find(path + " " + request.getBody().readUtf8());
    if (key == null) {
      return success(route, null);
    }
    int status = plan.status(key);
    return status == 0 ? success(route, key.toString()) : failure(status);
  }

  private static MockResponse success(String route, String key) {
    switch (route) {
      case "GET accounts":
        return json("[{\"Id\":\"" + SCOPE_ACCOUNT + "\",\"Name\":\"Demo Account\"}]");
      case "GET details":
        return json("{\"ApplicationDisplayName\":\"Example Partner\",\"Domain\":\"partner.example.com\"}");
      case "GET priceplans":
        return json("[{\"Id\":\"2\",\"Name\":\"Starter\"}]");
      case "GET accounts/{key}/billing":
        return json("{\"TaskCount\":1623,\"CycleCount\":10,\"AuditInfo\":\"" + key + "\"}");
      case "PUT accounts/{key}":
      case "POST createaccount":
        return json("{\"Id\":\"" + key + "\"}");
      case "POST createaccountsignintoken":
        return json("{\"ExpiresAtUtc\":\"2016-11-18T10:50:45.6509216Z\",\"Token\":\"sign-in-" + key + "\"}");
      case "POST installconnector":
        return new MockResponse();
      default:
        return json(418, "{\"Message\":\"No route " + route + "\"}");
    }
  }

  private static MockResponse failure(int status) {
    switch (status) {
      case 400:
        return json(400, "{\"Message\":\"The request is invalid.\",\"ModelState\":{\"model.Name\":[\"Too long.\"]}}");
      case 403:
        return json(403, "{\"Message\":\"Forbidden.\"}");
      case 404:
        return json(404, "{\"Message\":\"Account not found.\"}");
      case 422:
        return json(422, "{\"Message\":\"The connector cannot be installed.\"}");
      default:
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "text/html")
            .setBody("<html><body>Service Unavailable</body></html>");
    }
  }

  /** What the load's operations are called on: the client, and the one account scope all its threads share. */
  private static final class Clients {
    final CyclrClient cyclr;
    final CyclrAccountScope account;

    Clients(CyclrClient cyclr, CyclrAccountScope account) {
      this.cyclr = cyclr;
      this.account = account;
    }
  }
}
