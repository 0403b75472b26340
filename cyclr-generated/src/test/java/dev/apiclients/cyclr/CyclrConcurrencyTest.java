package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.CLIENT_ID;
import static dev.apiclients.cyclr.TestServers.CLIENT_SECRET;
import static dev.apiclients.cyclr.TestServers.builderFor;
import static dev.apiclients.cyclr.TestServers.json;
import static dev.apiclients.runtime.testing.ConcurrentLoad.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.apiclients.runtime.testing.ConcurrentLoad;
import dev.apiclients.runtime.testing.ConcurrentLoad.Scenario;
import dev.apiclients.runtime.testing.Leaks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client shared by 16 threads making 8 000 calls at once, reads and writes, some failing on
 * purpose, while the access token expires every 1 000 calls: every call ends exactly as planned,
 * the server sees exactly the planned requests (retries included), one token request per expiry,
 * and {@code close()} leaves no thread and no connection behind.
 *
 * <p>Each call carries its number and scenario in the request (an account ID, a name), so the
 * server knows how to answer it and the test knows what the caller must see. Time is the client's
 * injected clock, moved past the token's lifetime by the call that opens each block of 1 000.
 */
class CyclrConcurrencyTest {
  private static final int THREADS = 16;
  private static final int CALLS_PER_THREAD = 500;
  private static final int CALLS_PER_TOKEN = 1_000;
  /** {@link TestServers.Routing}'s tokens live 1 209 599 s; one step of the clock outlives one. */
  private static final long TOKEN_LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(1_209_599);
  private static final String SCOPE_ACCOUNT = "a0000000000000000000000000000001";
  private static final String ACCOUNT_HEADER = "X-Cyclr-Account";
  private static final Pattern KEY = Pattern.compile("k(\\d+)-([A-Z_]+)");
  private static final Pattern BEARER = Pattern.compile("Bearer token-(\\d+)");
  /** MockWebServer logs every request at INFO; 8 000 lines would cost more than the calls. */
  private static final Logger SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());

  /**
   * The operations of the load and the scenarios each meets, in turn: failures only where the
   * operation can meet them (a retried 503 only for GET and PUT, a one-shot 503 only for POST).
   * Calls inside an account go through one shared {@link CyclrAccountScope}.
   */
  private static final List<Mix> MIXES = Arrays.asList(
      new Mix(null, (cyclr, account, n, scenario, async) -> {
        List<Account> accounts = expect(scenario, cyclr.accounts().listAccounts(), async);
        assertEquals(SCOPE_ACCOUNT, accounts.get(0).getId());
      }),
      new Mix(null, (cyclr, account, n, scenario, async) -> {
        PartnerDetails details = expect(scenario, cyclr.partner().getPartnerDetails(), async);
        assertEquals("Example Partner", details.getApplicationDisplayName());
      }),
      new Mix(null, (cyclr, account, n, scenario, async) -> {
        List<PricePlan> plans = expect(scenario, cyclr.pricePlans().listPricePlans(), async);
        assertEquals("Starter", plans.get(0).getName());
      }),
      new Mix(scenarios(Scenario.OK, Scenario.FLAKY, Scenario.NOT_FOUND), (cyclr, account, n, scenario, async) -> {
        AccountUsage usage = expect(scenario,
            account.accounts().getAccountUsage(key(n, scenario), LocalDate.of(2016, 12, 9)), async);
        if (usage != null) {
          assertEquals(key(n, scenario), usage.getAuditInfo());
        }
      }),
      new Mix(scenarios(Scenario.OK, Scenario.FLAKY, Scenario.NOT_FOUND, Scenario.BAD_REQUEST),
          (cyclr, account, n, scenario, async) -> {
            AccountIdResponse updated = expect(scenario, account.accounts()
                .updateAccount(key(n, scenario), new AccountUpdateRequest().name("Account " + n)), async);
            if (updated != null) {
              assertEquals(key(n, scenario), updated.getId());
            }
          }),
      new Mix(scenarios(Scenario.OK, Scenario.BAD_REQUEST, Scenario.UNAVAILABLE),
          (cyclr, account, n, scenario, async) -> {
            AccountIdResponse created = expect(scenario,
                cyclr.accounts().createAccount(new AccountCreateRequest().name(key(n, scenario))), async);
            if (created != null) {
              assertEquals(key(n, scenario), created.getId());
            }
          }),
      new Mix(scenarios(Scenario.OK, Scenario.NOT_FOUND, Scenario.UNPROCESSABLE, Scenario.UNAVAILABLE),
          (cyclr, account, n, scenario, async) -> {
            SignInToken token = expect(scenario, account.accounts().createAccountSignInToken(
                new SignInTokenRequest().accountId(SCOPE_ACCOUNT).username(key(n, scenario))), async);
            if (token != null) {
              assertEquals("sign-in-" + key(n, scenario), token.getToken());
            }
          }),
      new Mix(scenarios(Scenario.OK, Scenario.UNPROCESSABLE, Scenario.FORBIDDEN),
          (cyclr, account, n, scenario, async) ->
              assertNull(expect(scenario, account.connectors().installConnector(new InstallConnectorRequest()
                  .accountId(SCOPE_ACCOUNT).connectorName("Connector").connectorVersion("v1")
                  .installedName(key(n, scenario)).apiKey("api-key")), async))));

  private final MockWebServer server = ConcurrentLoad.server();
  private final TestServers.Routing routing = new TestServers.Routing(this::answer);
  /** The client's clock: moved on by one token lifetime at the start of each block of calls. */
  private final AtomicLong nanos = new AtomicLong();
  /** Requests received per call number, for the calls that carry one. */
  private final Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final Map<Integer, Scenario> planned = new ConcurrentHashMap<>();
  private final AtomicInteger callsWithoutKey = new AtomicInteger();
  private Level serverLogLevel;

  @BeforeEach
  void setUp() throws Exception {
    serverLogLevel = SERVER_LOG.getLevel();
    SERVER_LOG.setLevel(Level.WARNING);
    server.setDispatcher(routing);
    server.start();
  }

  @AfterEach
  void tearDown() throws Exception {
    server.shutdown();
    SERVER_LOG.setLevel(serverLogLevel);
  }

  @Test
  void sharedClientEndsEveryCallAsPlannedWithOneTokenRequestPerExpiryAndCloseReleasesEverything()
      throws Exception {
    Set<Thread> before = Leaks.threads();
    CyclrClient cyclr = builderFor(server).clientCredentials(CLIENT_ID, CLIENT_SECRET).nanoClock(nanos::get).build();
    OkHttpClient http = Leaks.okHttpClientOf(cyclr);

    List<String> unexpected = runLoad(cyclr);

    assertNoUnexpectedOutcome(unexpected);
    assertServerSawThePlannedRequests();
    // Without these, the checks after close() could pass with nothing to release.
    assertTrue(http.connectionPool().idleConnectionCount() > 0, "the load left idle connections");
    assertTrue(Leaks.newThreadNames(before).contains("OkHttp Dispatcher"),
        "asynchronous calls ran on OkHttp's threads");

    cyclr.close();

    assertEquals(0, http.connectionPool().connectionCount());
    assertTrue(http.dispatcher().executorService().isShutdown());
    Leaks.assertThreadsEnded(before, 5_000, Leaks.UNOWNED_THREADS);
  }

  @Test
  void callerSuppliedClientKeepsItsThreadsAndConnectionsAfterClose() throws Exception {
    Set<Thread> before = Leaks.threads();
    OkHttpClient supplied = new OkHttpClient();
    CyclrClient cyclr = builderFor(server).clientCredentials(CLIENT_ID, CLIENT_SECRET).nanoClock(nanos::get)
        .okHttpClient(supplied).build();

    List<String> unexpected = runLoad(cyclr);

    assertNoUnexpectedOutcome(unexpected);
    assertServerSawThePlannedRequests();
    int connections = Leaks.settledConnectionCount(supplied);
    assertTrue(connections > 0, "the load used the caller's pool");

    cyclr.close();

    // The caller's client belongs to the caller: close() leaves its pool and threads as they were.
    assertEquals(connections, supplied.connectionPool().connectionCount());
    assertFalse(supplied.dispatcher().executorService().isShutdown());
    Request stillWorks = new Request.Builder().url(TestServers.loopback(server, "/api/partner/priceplans"))
        .header("Authorization", "Bearer token-1").build();
    try (Response response = supplied.newCall(stillWorks).execute()) {
      assertEquals(200, response.code());
    }
    // Its owner's shutdown then releases everything the load used.
    supplied.dispatcher().executorService().shutdown();
    supplied.connectionPool().evictAll();
    assertEquals(0, supplied.connectionPool().connectionCount());
    Leaks.assertThreadsEnded(before, 5_000, Leaks.UNOWNED_THREADS);
  }

  private List<String> runLoad(CyclrClient cyclr) throws InterruptedException {
    CyclrAccountScope account = cyclr.forAccount(SCOPE_ACCOUNT);
    return ConcurrentLoad.run(THREADS, CALLS_PER_THREAD, n -> callAsPlanned(cyclr, account, n));
  }

  /**
   * Call {@code n}: the next operation in turn, its next scenario, one call in five asynchronous.
   * The first call of each block of {@link #CALLS_PER_TOKEN} first moves the clock past the
   * current token's lifetime, so that it and every call racing it need a new token.
   */
  private void callAsPlanned(CyclrClient cyclr, CyclrAccountScope account, int n) throws Exception {
    if (n > 0 && n % CALLS_PER_TOKEN == 0) {
      nanos.addAndGet(TOKEN_LIFETIME_NANOS);
    }
    Mix mix = MIXES.get(n % MIXES.size());
    Scenario scenario = Scenario.OK;
    if (mix.scenarios == null) {
      callsWithoutKey.incrementAndGet();
    } else {
      scenario = mix.scenarios[(n / MIXES.size()) % mix.scenarios.length];
      planned.put(n, scenario);
    }
    mix.call.call(cyclr, account, n, scenario, n % 5 == 0);
  }

  private static void assertNoUnexpectedOutcome(List<String> unexpected) {
    assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " call(s) did not end as planned, for example: "
        + unexpected.subList(0, Math.min(10, unexpected.size())));
  }

  /**
   * Each call reached the API as often as planned (GET and PUT retried once after a 503, POST
   * never), and the token endpoint exactly once per expiry however many calls raced for it.
   */
  private void assertServerSawThePlannedRequests() {
    List<String> wrong = new ArrayList<>();
    int expectedApiCalls = callsWithoutKey.get();
    for (Map.Entry<Integer, Scenario> call : planned.entrySet()) {
      AtomicInteger received = attempts.get(call.getKey());
      int count = received == null ? 0 : received.get();
      expectedApiCalls += call.getValue().attempts();
      if (count != call.getValue().attempts()) {
        wrong.add("call " + call.getKey() + " (" + call.getValue() + "): " + count + " request(s)");
      }
    }
    assertTrue(wrong.isEmpty(), () -> wrong.size() + " call(s) reached the server a wrong number of times: "
        + wrong.subList(0, Math.min(10, wrong.size())));
    assertEquals(THREADS * CALLS_PER_THREAD, planned.size() + callsWithoutKey.get());
    assertEquals(expectedApiCalls, routing.apiCalls.get());
    assertEquals(THREADS * CALLS_PER_THREAD / CALLS_PER_TOKEN, routing.tokensIssued.get());
    assertEquals(expectedApiCalls + routing.tokensIssued.get(), server.getRequestCount());
  }

  private static Scenario[] scenarios(Scenario... scenarios) {
    return scenarios;
  }

  /** The text that identifies call {@code n} in an account ID, a name or a user name. */
  private static String key(int n, Scenario scenario) {
    return "k" + n + "-" + scenario.name();
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
    String route = request.getMethod() + " " + path.replaceAll("k\\d+-[A-Z_]+", "{key}");
    boolean inAccount = route.startsWith("PUT accounts/") || route.endsWith("/billing")
        || route.equals("POST createaccountsignintoken") || route.equals("POST installconnector");
    String accountHeader = request.getHeader(ACCOUNT_HEADER);
    if (inAccount ? !SCOPE_ACCOUNT.equals(accountHeader) : accountHeader != null) {
      return json(418, "{\"Message\":\"Wrong " + ACCOUNT_HEADER + " for " + route + ": " + accountHeader + "\"}");
    }
    Matcher key = KEY.matcher(path + " " + request.getBody().readUtf8());
    if (!key.find()) {
      return success(route, null);
    }
    int n = Integer.parseInt(key.group(1));
    Scenario scenario = Scenario.valueOf(key.group(2));
    int status = scenario.status(attempts.computeIfAbsent(n, k -> new AtomicInteger()).incrementAndGet());
    return status == 0 ? success(route, key.group()) : failure(status);
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

  /** How one operation is called and its outcome checked. */
  private interface PlannedCall {
    void call(CyclrClient cyclr, CyclrAccountScope account, int n, Scenario scenario, boolean async) throws Exception;
  }

  /** An operation and the scenarios it meets; null scenarios: the request cannot carry a key, always OK. */
  private static final class Mix {
    final Scenario[] scenarios;
    final PlannedCall call;

    Mix(Scenario[] scenarios, PlannedCall call) {
      this.scenarios = scenarios;
      this.call = call;
    }
  }
}
