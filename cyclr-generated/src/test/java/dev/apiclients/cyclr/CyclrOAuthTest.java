package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.CLIENT_ID;
import static dev.apiclients.cyclr.TestServers.CLIENT_SECRET;
import static dev.apiclients.cyclr.TestServers.builderFor;
import static dev.apiclients.cyclr.TestServers.json;
import static dev.apiclients.cyclr.TestServers.oauthClient;
import static dev.apiclients.cyclr.TestServers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclr.model.Account;
import dev.apiclients.cyclr.model.AccountCreateRequest;
import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.testing.StartedServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** The OAuth 2.0 client-credentials flow: token requests, caching, renewal and failures. */
class CyclrOAuthTest {
  private static final String ACCOUNTS = "[{\"Id\":\"00000000000000000000000000000000\"}]";
  private static final String DENIED = "{\"Message\":\"Authorization has been denied for this request.\"}";

  private final MockWebServer server = new MockWebServer();
  @RegisterExtension
  final StartedServer started = new StartedServer(server);

  @Test
  void tokenRequestIsFormPostWithClientCredentials() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json(ACCOUNTS));

    try (CyclrClient cyclr = oauthClient(server)) {
      cyclr.calls().accounts().listAccounts().execute();
    }

    RecordedRequest tokenRequest = server.takeRequest();
    assertEquals("POST /oauth/token HTTP/1.1", tokenRequest.getRequestLine());
    assertEquals("application/x-www-form-urlencoded", tokenRequest.getHeader("Content-Type"));
    assertEquals("application/json", tokenRequest.getHeader("Accept"));
    assertNull(tokenRequest.getHeader("Authorization"));
    assertEquals("grant_type=client_credentials&client_id=" + CLIENT_ID
        + "&client_secret=s3cret%2Bclient%2Fsecret%3D", tokenRequest.getBody().readUtf8());
    RecordedRequest call = server.takeRequest();
    assertEquals("GET /api/partner/accounts HTTP/1.1", call.getRequestLine());
    assertEquals("Bearer token-1", call.getHeader("Authorization"));
  }

  /** Any 2xx is a token answer, up to the last one: the status check is a range, not == 200. */
  @Test
  void tokenAnswerWithTheLast2xxStatusIsAccepted() throws Exception {
    server.enqueue(token("token-299", 1209599).setResponseCode(299));
    server.enqueue(json(ACCOUNTS));

    try (CyclrClient cyclr = oauthClient(server)) {
      assertEquals(200, cyclr.calls().accounts().listAccounts().execute().code());
    }

    assertEquals("POST /oauth/token HTTP/1.1", server.takeRequest().getRequestLine());
    assertEquals("Bearer token-299", server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void accountScopeIsSentInTokenRequest() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json(ACCOUNTS));

    try (CyclrClient cyclr = builderFor(server).clientCredentials(CLIENT_ID, CLIENT_SECRET)
        .accountScope("00000000000000000000000000000000").build()) {
      cyclr.calls().accounts().listAccounts().execute();
    }

    assertEquals("grant_type=client_credentials&client_id=" + CLIENT_ID
            + "&client_secret=s3cret%2Bclient%2Fsecret%3D&scope=account%3A00000000000000000000000000000000",
        server.takeRequest().getBody().readUtf8());
  }

  @Test
  void tokenIsReusedUntilAMinuteBeforeExpiry() throws Exception {
    AtomicLong nanos = new AtomicLong();
    server.enqueue(token("token-1", 3600));
    server.enqueue(json(ACCOUNTS));
    server.enqueue(json(ACCOUNTS));
    server.enqueue(token("token-2", 3600));
    server.enqueue(json(ACCOUNTS));

    try (CyclrClient cyclr = builderFor(server).clientCredentials(CLIENT_ID, CLIENT_SECRET)
        .nanoClock(nanos::get).build()) {
      cyclr.calls().accounts().listAccounts().execute();
      nanos.set(TimeUnit.SECONDS.toNanos(3600 - 60) - 1);
      cyclr.calls().accounts().listAccounts().execute();
      nanos.set(TimeUnit.SECONDS.toNanos(3600 - 60));
      cyclr.calls().accounts().listAccounts().execute();
    }

    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals("Bearer token-1", server.takeRequest().getHeader("Authorization"));
    assertEquals("Bearer token-1", server.takeRequest().getHeader("Authorization"));
    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals("Bearer token-2", server.takeRequest().getHeader("Authorization"));
    assertEquals(5, server.getRequestCount());
  }

  /** Prism's random answers carry such lifetimes (docs/third-party-checks.md); Cyclr's should not. */
  @ParameterizedTest(name = "expires_in {0}")
  @ValueSource(longs = {0, -1, -5805690083831147L})
  void tokenWithoutLifetimeServesItsOwnCallAndTheNextCallBuysAnother(long expiresIn) throws Exception {
    AtomicLong nanos = new AtomicLong();
    server.enqueue(token("token-1", expiresIn));
    server.enqueue(json(ACCOUNTS));
    server.enqueue(token("token-2", 1209599));
    server.enqueue(json(ACCOUNTS));

    try (CyclrClient cyclr = builderFor(server).clientCredentials(CLIENT_ID, CLIENT_SECRET)
        .nanoClock(nanos::get).build()) {
      cyclr.calls().accounts().listAccounts().execute();
      cyclr.calls().accounts().listAccounts().execute();
    }

    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals("Bearer token-1", server.takeRequest().getHeader("Authorization"));
    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals("Bearer token-2", server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void shortLivedTokenIsRenewedAfterNinetyPercentOfItsLifetime() throws Exception {
    AtomicLong nanos = new AtomicLong();
    server.enqueue(token("token-1", 100));
    server.enqueue(json(ACCOUNTS));
    server.enqueue(json(ACCOUNTS));
    server.enqueue(token("token-2", 100));
    server.enqueue(json(ACCOUNTS));

    try (CyclrClient cyclr = builderFor(server).clientCredentials(CLIENT_ID, CLIENT_SECRET)
        .nanoClock(nanos::get).build()) {
      cyclr.calls().accounts().listAccounts().execute();
      nanos.set(TimeUnit.SECONDS.toNanos(89));
      cyclr.calls().accounts().listAccounts().execute();
      nanos.set(TimeUnit.SECONDS.toNanos(90));
      cyclr.calls().accounts().listAccounts().execute();
    }

    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals("Bearer token-1", server.takeRequest().getHeader("Authorization"));
    assertEquals("Bearer token-1", server.takeRequest().getHeader("Authorization"));
    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals("Bearer token-2", server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void concurrentCallsShareOneTokenRequest() throws Exception {
    TestServers.Routing routing = new TestServers.Routing(request -> json(ACCOUNTS));
    server.setDispatcher(routing);

    List<String> authorizations;
    try (CyclrClient cyclr = oauthClient(server)) {
      runConcurrently(20, () -> cyclr.calls().accounts().listAccounts().execute());
      authorizations = authorizationsOf(20);
    }

    assertEquals(1, routing.tokensIssued.get());
    assertEquals(20, routing.apiCalls.get());
    for (String authorization : authorizations) {
      assertEquals("Bearer token-1", authorization);
    }
  }

  @Test
  void concurrentUnauthorizedCallsCauseOneRenewal() throws Exception {
    // Cyclr has revoked token-1: every call made with it is refused.
    TestServers.Routing routing = new TestServers.Routing(request ->
        request.getHeader("Authorization").equals("Bearer token-1") ? json(401, DENIED) : json(ACCOUNTS));
    server.setDispatcher(routing);

    try (CyclrClient cyclr = oauthClient(server)) {
      runConcurrently(20, () -> cyclr.calls().accounts().listAccounts().execute());
    }

    assertEquals(2, routing.tokensIssued.get(), "one renewal, however many calls token-1 failed");
    // Each call is sent with token-1 and replayed once with token-2; a thread that a loaded machine
    // starts only after the renewal sends token-2 straight away, so fewer than 40 is no failure.
    int apiCalls = routing.apiCalls.get();
    assertTrue(apiCalls > 20 && apiCalls <= 40, apiCalls + " API calls");
  }

  @Test
  void unauthorizedCallIsReplayedOnceWithANewToken() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json(ACCOUNTS));
    server.enqueue(json(401, DENIED));
    server.enqueue(token("token-2", 1209599));
    server.enqueue(json("{\"Id\":\"00000000000000000000000000000000\"}"));

    String id;
    try (CyclrClient cyclr = oauthClient(server)) {
      cyclr.calls().accounts().listAccounts().execute();
      id = cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute().body().getId();
    }

    assertEquals("00000000000000000000000000000000", id);
    assertEquals("POST /oauth/token HTTP/1.1", server.takeRequest().getRequestLine());
    assertEquals("Bearer token-1", server.takeRequest().getHeader("Authorization"));
    RecordedRequest refused = server.takeRequest();
    assertEquals("POST /api/partner/createaccount HTTP/1.1", refused.getRequestLine());
    assertEquals("Bearer token-1", refused.getHeader("Authorization"));
    assertEquals("POST /oauth/token HTTP/1.1", server.takeRequest().getRequestLine());
    RecordedRequest replayed = server.takeRequest();
    assertEquals("POST /api/partner/createaccount HTTP/1.1", replayed.getRequestLine());
    assertEquals("Bearer token-2", replayed.getHeader("Authorization"));
    assertEquals("{\"Name\":\"Demo Account\"}", replayed.getBody().readUtf8());
    assertEquals(5, server.getRequestCount()); // 2 token requests, 3 API requests
  }

  @Test
  void secondUnauthorizedReachesTheCaller() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json(401, DENIED));
    server.enqueue(token("token-2", 1209599));
    server.enqueue(json(401, DENIED));

    ApiHttpException.UnauthorizedException e;
    try (CyclrClient cyclr = oauthClient(server)) {
      e = assertThrows(ApiHttpException.UnauthorizedException.class,
          () -> cyclr.calls().accounts().listAccounts().execute());
    }

    assertEquals(401, e.statusCode());
    assertEquals(DENIED, e.rawBody());
    assertNull(e.errorCode());
    assertEquals("Authorization has been denied for this request.", e.errorMessage());
    assertEquals("HTTP 401: Authorization has been denied for this request.", e.getMessage());
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void tokenEndpointRefusalIsATypedError() throws Exception {
    String refusal = "{\"error\":\"invalid_client\",\"error_description\":\"The client credentials are invalid.\"}";
    server.enqueue(json(401, refusal));

    ApiHttpException.UnauthorizedException e;
    try (CyclrClient cyclr = oauthClient(server)) {
      e = assertThrows(ApiHttpException.UnauthorizedException.class,
          () -> cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute());
    }

    assertEquals(401, e.statusCode());
    assertEquals("invalid_client", e.errorCode());
    assertEquals("The client credentials are invalid.", e.errorMessage());
    assertEquals(refusal, e.rawBody());
    assertEquals("HTTP 401 invalid_client: The client credentials are invalid.", e.getMessage());
    assertEquals(1, server.getRequestCount());
    assertEquals("/oauth/token", server.takeRequest().getPath());
  }

  @Test
  void tokenEndpointFailureIsSharedByWaitingCallsAndNotCached() throws Exception {
    server.enqueue(json(400, "{\"error\":\"invalid_client\"}"));
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json("{\"Id\":\"00000000000000000000000000000000\"}"));

    try (CyclrClient cyclr = oauthClient(server)) {
      ApiHttpException.BadRequestException e = assertThrows(ApiHttpException.BadRequestException.class,
          () -> cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute());
      assertEquals("HTTP 400 invalid_client", e.getMessage());
      cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute();
    }

    assertEquals(3, server.getRequestCount());
  }

  @Test
  void tokenEndpointOutageIsRetriedForIdempotentCalls() throws Exception {
    server.enqueue(json(503, "<html>Service Unavailable</html>"));
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json(ACCOUNTS));

    try (CyclrClient cyclr = oauthClient(server)) {
      assertEquals(1, cyclr.calls().accounts().listAccounts().execute().body().size());
    }

    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals("Bearer token-1", server.takeRequest().getHeader("Authorization"));
  }

  /**
   * An hour's {@code Retry-After} is longer than the policy waits: the call fails with the refusal,
   * and so does every call until the hour is over, without asking the token endpoint again.
   */
  @ParameterizedTest
  @ValueSource(ints = {429, 503})
  void tokenEndpointAskingForAPauseIsNotAskedAgainBeforeItEnds(int status) throws Exception {
    server.enqueue(json(status, "{\"error\":\"slow_down\"}").setHeader("Retry-After", "3600"));
    server.enqueue(token("token-1", 1209599));

    try (CyclrClient cyclr = oauthClient(server)) {
      for (int call = 0; call < 3; call++) {
        ApiHttpException e = assertThrows(ApiHttpException.class, () -> cyclr.accounts().listAccounts());
        assertEquals(status, e.statusCode());
        assertEquals(3600, e.retryAfter().getSeconds());
      }
      ApiHttpException async = (ApiHttpException) assertThrows(java.util.concurrent.ExecutionException.class,
          () -> cyclr.async().accounts().listAccounts().get(5, TimeUnit.SECONDS)).getCause();
      assertEquals(status, async.statusCode());
    }

    assertEquals(1, server.getRequestCount());
  }

  /** A pause the policy allows is waited for, then the token is asked for once more. */
  @Test
  void tokenEndpointRetryAfterWithinThePolicyIsWaitedFor() throws Exception {
    server.enqueue(json(429, "{\"error\":\"slow_down\"}").setHeader("Retry-After", "1"));
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json(ACCOUNTS));

    long start = System.nanoTime();
    try (CyclrClient cyclr = oauthClient(server)) {
      assertEquals(1, cyclr.accounts().listAccounts().size());
    }
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertEquals(3, server.getRequestCount());
    assertTrue(waitedMillis >= 1000, "asked again after " + waitedMillis + " ms");
  }

  @Test
  void accessTokenOfManyKilobytesAuthenticates() throws Exception {
    // Every token answer used to be masked, kept or not, and the masking overflowed the stack on a
    // token of about 2,500 characters: no call could authenticate.
    String accessToken = "eyJhbGciOi." + "A".repeat(20_000);
    server.enqueue(token(accessToken, 1209599));
    server.enqueue(json(ACCOUNTS));

    try (CyclrClient cyclr = oauthClient(server)) {
      assertEquals(1, cyclr.accounts().listAccounts().size());
    }

    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals("Bearer " + accessToken, server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void malformedTokenAnswerIsADecodeErrorWithoutTheToken() throws Exception {
    server.enqueue(json("{\"token_type\":\"bearer\",\"access_token\":\"leaked-token\"}"));

    ApiDecodeException e;
    try (CyclrClient cyclr = oauthClient(server)) {
      e = assertThrows(ApiDecodeException.class,
          () -> cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute());
    }

    assertEquals("Could not decode the token response: required field 'expires_in' is missing", e.getMessage());
    assertEquals("{\"token_type\":\"bearer\",\"access_token\":\"***\"}", e.rawBody());
  }

  @Test
  void tokenTypeIsBearerInAnyCase() throws Exception {
    server.enqueue(json("{\"token_type\":\"Bearer\",\"access_token\":\"token-1\",\"expires_in\":60}"));
    server.enqueue(json(ACCOUNTS));

    try (CyclrClient cyclr = oauthClient(server)) {
      assertEquals(1, cyclr.calls().accounts().listAccounts().execute().body().size());
    }

    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals("Bearer token-1", server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void tokenOfAnotherTypeIsADecodeErrorWithoutTheToken() throws Exception {
    server.enqueue(json("{\"token_type\":\"mac\",\"access_token\":\"leaked-token\",\"expires_in\":60}"));

    ApiDecodeException e;
    try (CyclrClient cyclr = oauthClient(server)) {
      e = assertThrows(ApiDecodeException.class, () -> cyclr.calls().accounts().listAccounts().execute());
    }

    assertEquals("The token response's token_type is 'mac', not bearer (compared without regard to case)",
        e.getMessage());
    assertEquals("{\"token_type\":\"mac\",\"access_token\":\"***\",\"expires_in\":60}", e.rawBody());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void accessTokenThatCannotBeAHeaderIsADecodeErrorWithoutTheToken() throws Exception {
    server.enqueue(json("{\"token_type\":\"bearer\",\"access_token\":\"leaked token\\n\",\"expires_in\":60}"));

    ApiDecodeException e;
    try (CyclrClient cyclr = oauthClient(server)) {
      e = assertThrows(ApiDecodeException.class,
          () -> cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute());
    }

    assertEquals("The token response's access_token is empty or has characters an HTTP header cannot carry",
        e.getMessage());
    assertEquals("{\"token_type\":\"bearer\",\"access_token\":\"***\",\"expires_in\":60}", e.rawBody());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void tokenAnswerThatIsNotJsonIsADecodeError() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>Sign in</html>"));

    try (CyclrClient cyclr = oauthClient(server)) {
      ApiDecodeException e = assertThrows(ApiDecodeException.class,
          () -> cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute());
      assertTrue(e.getMessage().startsWith("Could not decode the token response: "), e.getMessage());
      assertEquals("<html>Sign in</html>", e.rawBody());
    }
  }

  @Test
  void tokenEndpointConnectionFailureIsAConnectionError() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    ApiConnectionException e;
    try (CyclrClient cyclr = oauthClient(server)) {
      e = assertThrows(ApiConnectionException.class,
          () -> cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute());
    }

    assertTrue(e.getMessage().startsWith("POST http://127.0.0.1:" + server.getPort() + "/oauth/token failed: "),
        e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void bearerTokenIsSentWithoutTokenRequests() throws Exception {
    server.enqueue(json(ACCOUNTS));
    server.enqueue(json(401, DENIED));

    try (CyclrClient cyclr = builderFor(server).bearerToken("fixed-token").build()) {
      cyclr.calls().accounts().listAccounts().execute();
      // A caller-managed token cannot be renewed, so a 401 is not replayed.
      assertThrows(ApiHttpException.UnauthorizedException.class, () -> cyclr.calls().accounts().listAccounts().execute());
    }

    assertEquals(2, server.getRequestCount());
    for (int i = 0; i < 2; i++) {
      RecordedRequest call = server.takeRequest();
      assertEquals("GET /api/partner/accounts HTTP/1.1", call.getRequestLine());
      assertEquals("Bearer fixed-token", call.getHeader("Authorization"));
    }
  }

  @Test
  void asyncCallsFetchTokensToo() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json(ACCOUNTS));

    try (CyclrClient cyclr = oauthClient(server)) {
      CompletableFuture<Integer> status = new CompletableFuture<>();
      cyclr.calls().accounts().listAccounts().enqueue(new Callback<List<Account>>() {
        @Override
        public void onResponse(Call<List<Account>> call, Response<List<Account>> response) {
          status.complete(response.code());
        }

        @Override
        public void onFailure(Call<List<Account>> call, Throwable t) {
          status.completeExceptionally(t);
        }
      });
      assertEquals(200, status.get(5, TimeUnit.SECONDS));
    }

    server.takeRequest();
    assertEquals("Bearer token-1", server.takeRequest().getHeader("Authorization"));
  }

  /** Starts {@code threads} calls at the same instant and waits for all of them to succeed. */
  private static void runConcurrently(int threads, Callable<?> call) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(executor.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      for (Future<?> result : results) {
        result.get(10, TimeUnit.SECONDS);
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private List<String> authorizationsOf(int apiCalls) throws InterruptedException {
    List<String> authorizations = new ArrayList<>();
    for (int i = 0; i < apiCalls + 1; i++) {
      RecordedRequest request = server.takeRequest();
      if (!request.getPath().equals("/oauth/token")) {
        authorizations.add(request.getHeader("Authorization"));
      }
    }
    return authorizations;
  }
}
