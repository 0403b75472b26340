package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.json;
import static dev.apiclients.cyclr.TestServers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclr.model.AccountUpdateRequest;
import dev.apiclients.runtime.testing.RequiredInputs;
import dev.apiclients.runtime.testing.ServedClient;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link CyclrClient#forAccount}: {@code X-Cyclr-Account} goes on exactly the operations whose spec
 * requires the {@code CyclrAccount} security scheme, and on no other call of the account view. A
 * header sent where the spec does not declare it is what PactFlow's validator warns about in a pact
 * recorded through the view.
 */
class CyclrAccountScopeTest {
  private static final String ACCOUNT_ID = "0123456789abcdef0123456789abcdef";
  private static final String HEADER = "X-Cyclr-Account";
  private static final Path SPEC = Paths.get("../cyclr-spec/src/main/resources/openapi/cyclr-partner-api.yaml");

  @RegisterExtension
  final ServedClient<CyclrClient> served = ServedClient.start(TestServers::oauthClient);
  private final MockWebServer server = served.server();
  private final CyclrClient cyclr = served.client();

  @Test
  void everyOperationOfTheViewSendsTheHeaderExactlyWhenTheSpecDeclaresIt() throws Exception {
    Set<String> declared = operationsRequiringCyclrAccount(SPEC);
    server.setDispatcher(new TestServers.Routing(request -> new MockResponse().setResponseCode(204)));
    CyclrCalls account = cyclr.forAccount(ACCOUNT_ID).calls();

    Set<String> sent = new TreeSet<>();
    Set<String> called = new TreeSet<>();
    for (Method operation : RequiredInputs.operationsOf(CyclrCalls.class)) {
      RequiredInputs.executeAgainstNoContent(
          RequiredInputs.invoke(account, operation, TestServers.sendableArguments(operation)));
      RecordedRequest request = nextApiRequest();
      called.add(operation.getName());
      if (request.getHeader(HEADER) != null) {
        assertEquals(ACCOUNT_ID, request.getHeader(HEADER), operation.getName());
        sent.add(operation.getName());
      }
    }

    // The spec's four account-level operations; a guard against a parse that finds none.
    assertEquals(Set.of("createAccountSignInToken", "getAccountUsage", "installConnector", "updateAccount"), declared);
    assertTrue(called.containsAll(Set.of("listAccounts", "createAccount", "getPartnerDetails", "listPricePlans")),
        called::toString);
    assertEquals(declared, sent);
  }

  @Test
  void servicesAndAsyncSendItOnAccountLevelCallsOnly() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json("{\"TaskCount\":1}"));
    server.enqueue(json("[]"));
    server.enqueue(json("{\"TaskCount\":2}"));
    server.enqueue(json("[]"));

    CyclrAccountScope account = cyclr.forAccount(ACCOUNT_ID);
    account.accounts().getAccountUsage(ACCOUNT_ID);
    account.accounts().listAccounts();
    account.async().accounts().getAccountUsage(ACCOUNT_ID).get(5, TimeUnit.SECONDS);
    account.async().pricePlans().listPricePlans().get(5, TimeUnit.SECONDS);

    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals(ACCOUNT_ID, server.takeRequest().getHeader(HEADER));
    assertNull(server.takeRequest().getHeader(HEADER));
    assertEquals(ACCOUNT_ID, server.takeRequest().getHeader(HEADER));
    assertNull(server.takeRequest().getHeader(HEADER));
  }

  @Test
  void retriedAccountLevelCallSendsItOnEveryAttempt() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(new MockResponse().setResponseCode(503)); // the test client retries GETs after 1 ms
    server.enqueue(json("{\"TaskCount\":1}"));

    assertEquals(1L, cyclr.forAccount(ACCOUNT_ID).accounts().getAccountUsage(ACCOUNT_ID).getTaskCount());

    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals(ACCOUNT_ID, server.takeRequest().getHeader(HEADER));
    assertEquals(ACCOUNT_ID, server.takeRequest().getHeader(HEADER));
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void scopedCallsSendAccountHeaderAndTheClientsCallsDoNot() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json("{\"Id\":\"" + ACCOUNT_ID + "\"}"));
    server.enqueue(json("[]"));

    CyclrAccountScope account = cyclr.forAccount(ACCOUNT_ID);
    account.calls().accounts().updateAccount(ACCOUNT_ID, new AccountUpdateRequest().name("Renamed")).execute();
    cyclr.calls().accounts().listAccounts().execute();

    assertEquals("/oauth/token", server.takeRequest().getPath());
    RecordedRequest scoped = server.takeRequest();
    assertEquals("PUT /api/partner/accounts/" + ACCOUNT_ID + " HTTP/1.1", scoped.getRequestLine());
    assertEquals(ACCOUNT_ID, scoped.getHeader(HEADER));
    assertEquals("Bearer token-1", scoped.getHeader("Authorization"));
    RecordedRequest plain = server.takeRequest();
    assertEquals("GET /api/partner/accounts HTTP/1.1", plain.getRequestLine());
    assertNull(plain.getHeader(HEADER));
    assertEquals("Bearer token-1", plain.getHeader("Authorization"));
    assertEquals(3, server.getRequestCount()); // the scope shares the client's token
  }

  @Test
  void tokenRequestsOfScopedCallsCarryNoAccountHeader() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json("{}"));

    cyclr.forAccount(ACCOUNT_ID).calls().accounts().getAccountUsage(ACCOUNT_ID, null).execute();

    RecordedRequest tokenRequest = server.takeRequest();
    assertEquals("/oauth/token", tokenRequest.getPath());
    assertNull(tokenRequest.getHeader(HEADER));
    assertEquals(ACCOUNT_ID, server.takeRequest().getHeader(HEADER));
  }

  @Test
  void blankAccountIdIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cyclr.forAccount(" "));
    assertEquals("accountApiId must not be null or blank", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  private RecordedRequest nextApiRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    while (request != null && request.getPath().equals("/oauth/token")) {
      request = server.takeRequest(5, TimeUnit.SECONDS);
    }
    if (request == null) {
      throw new AssertionError("no request reached the server");
    }
    return request;
  }

  /**
   * The operationIds whose own {@code security} names {@code CyclrAccount}, read from the spec's
   * text (the module has no YAML parser): operations start at {@code "    <method>:"} under {@code
   * paths}, and the paths end at the next top-level key.
   */
  static Set<String> operationsRequiringCyclrAccount(Path spec) throws IOException {
    Pattern operationStart = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");
    Pattern operationId = Pattern.compile("^      operationId:\\s*(\\S+)\\s*$");
    Pattern requiresAccount = Pattern.compile("^\\s+(?:- )?CyclrAccount:\\s*\\[]\\s*$");
    Set<String> scoped = new TreeSet<>();
    List<String> lines = new ArrayList<>(Files.readAllLines(spec, StandardCharsets.UTF_8));
    boolean inPaths = false;
    String current = null;
    boolean currentRequires = false;
    lines.add("end:");
    for (String line : lines) {
      if (line.equals("paths:")) {
        inPaths = true;
        continue;
      }
      boolean topLevel = !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#");
      Matcher start = operationStart.matcher(line);
      if (inPaths && (start.matches() || topLevel || line.startsWith("  /"))) {
        if (current != null && currentRequires) {
          scoped.add(current);
        }
        current = null;
        currentRequires = false;
        inPaths = !topLevel;
        continue;
      }
      Matcher id = operationId.matcher(line);
      if (inPaths && id.matches()) {
        current = id.group(1);
      } else if (inPaths && requiresAccount.matcher(line).matches()) {
        currentRequires = true;
      }
    }
    return scoped;
  }
}
