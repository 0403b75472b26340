package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.CLIENT_ID;
import static dev.apiclients.cyclr.TestServers.CLIENT_SECRET;
import static dev.apiclients.cyclr.TestServers.builderFor;
import static dev.apiclients.cyclr.TestServers.json;
import static dev.apiclients.cyclr.TestServers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclr.model.AccountCreateRequest;
import dev.apiclients.cyclr.model.AccountUpdateRequest;
import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.cyclr.model.SignInTokenRequest;
import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.ApiLogger;
import dev.apiclients.runtime.testing.ScannedOperation;
import dev.apiclients.runtime.testing.SecretHygieneContract;
import dev.apiclients.runtime.testing.SecretScan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;

/**
 * No Cyclr secret shows where a caller or an operator can read it: not the client secret, an
 * access or bearer token, a connector's API key or password, a sign-in token or the partner's
 * Intercom keys; not in a BODY-level log line, a {@code toString()}, an exception message or a
 * printed stack trace; for every operation, whatever the server and the token endpoint answer.
 */
class CyclrSecretHygieneTest extends SecretHygieneContract {
  private static final String ACCOUNT_ID = "00000000000000000000000000000000";
  /** Access tokens are issued as this prefix and a serial number. */
  private static final String ACCESS_TOKEN = "eyJhbGciOi.AccessS3cret-";
  private static final String BEARER_TOKEN = "eyJhbGciOi.BearerS3cret-fixed";
  private static final String API_KEY = "ConnectorApiKeyS3cret-0815";
  private static final String PASSWORD = "ConnectorPassw0rd+S3cret/0815=";
  private static final String SIGN_IN_TOKEN = "SignInTok3n+S3cret/4711==";
  private static final String INTERCOM_API_KEY = "IntercomApiKeyS3cret-42";
  private static final String INTERCOM_SECRET_KEY = "IntercomSecretKeyS3cret-42";
  private static final String[] SECRETS = {CLIENT_SECRET, "AccessS3cret", ACCESS_TOKEN + "1", ACCESS_TOKEN + "2",
      BEARER_TOKEN, API_KEY, PASSWORD, SIGN_IN_TOKEN, INTERCOM_API_KEY, INTERCOM_SECRET_KEY};
  private static final String DENIED = "{\"Message\":\"Authorization has been denied for this request.\"}";

  private static final AccountCreateRequest NEW_ACCOUNT = new AccountCreateRequest().name("Demo Account");
  private static final AccountUpdateRequest RENAME = new AccountUpdateRequest().name("New Demo Account");
  private static final SignInTokenRequest SIGN_IN =
      new SignInTokenRequest().accountId(ACCOUNT_ID).username("user@example.com");
  private static final InstallConnectorRequest WITH_API_KEY = connector().apiKey(API_KEY);
  private static final InstallConnectorRequest WITH_PASSWORD = connector().username("user").password(PASSWORD);

  /** Every operation (installConnector with each kind of credentials), a success and an error answer. */
  private static final List<Operation> OPERATIONS = Arrays.asList(
      new Operation("AccountsApi.listAccounts", null, c -> c.calls().accounts().listAccounts(),
          "[{\"Id\":\"" + ACCOUNT_ID + "\",\"Name\":\"Demo Account\"}]", 403, "{\"Message\":\"Forbidden.\"}"),
      new Operation("AccountsApi.createAccount", NEW_ACCOUNT, c -> c.calls().accounts().createAccount(NEW_ACCOUNT),
          "{\"Id\":\"" + ACCOUNT_ID + "\"}", 400,
          "{\"Message\":\"The request is invalid.\","
              + "\"ModelState\":{\"model.Name\":[\"The Name field is required.\"]}}"),
      new Operation("AccountsApi.updateAccount", RENAME,
          c -> c.forAccount(ACCOUNT_ID).calls().accounts().updateAccount(ACCOUNT_ID, RENAME),
          "{\"Id\":\"" + ACCOUNT_ID + "\"}", 404, "{\"Message\":\"Account not found.\"}"),
      new Operation("AccountsApi.createAccountSignInToken", SIGN_IN,
          c -> c.forAccount(ACCOUNT_ID).calls().accounts().createAccountSignInToken(SIGN_IN),
          "{\"ExpiresAtUtc\":\"2016-11-18T10:50:45.6509216Z\",\"Token\":\"" + SIGN_IN_TOKEN + "\"}",
          404, "{\"Message\":\"User not found.\"}", "\"Token\":\"***\""),
      new Operation("AccountsApi.getAccountUsage", null,
          c -> c.forAccount(ACCOUNT_ID).calls().accounts().getAccountUsage(ACCOUNT_ID, LocalDate.of(2016, 12, 9)),
          "{\"TaskCount\":1623,\"CycleCount\":10,\"AuditInfo\":\"Demo\"}", 404, "{\"Message\":\"Account not found.\"}"),
      new Operation("PartnerApi.getPartnerDetails", null, c -> c.calls().partner().getPartnerDetails(),
          "{\"ApplicationDisplayName\":\"Example Partner\",\"IntercomAPIKey\":\"" + INTERCOM_API_KEY
              + "\",\"IntercomAppId\":\"app-1\",\"IntercomSecretKey\":\"" + INTERCOM_SECRET_KEY + "\"}",
          403, "{\"Message\":\"Forbidden.\"}", "\"IntercomAPIKey\":\"***\"", "\"IntercomSecretKey\":\"***\""),
      new Operation("ConnectorsApi.installConnector", WITH_API_KEY,
          c -> c.forAccount(ACCOUNT_ID).calls().connectors().installConnector(WITH_API_KEY),
          "", 422, "{\"Message\":\"The connector cannot be installed.\"}")
          .masksInRequest("\"ApiKey\":\"***\""),
      new Operation("ConnectorsApi.installConnector", WITH_PASSWORD,
          c -> c.forAccount(ACCOUNT_ID).calls().connectors().installConnector(WITH_PASSWORD),
          "", 409, "{\"Message\":\"The connector is already installed.\"}")
          .masksInRequest("\"Password\":\"***\""),
      new Operation("PricePlansApi.listPricePlans", null, c -> c.calls().pricePlans().listPricePlans(),
          "[{\"Id\":\"2\",\"Name\":\"Starter\"}]", 500, "<html><body>Internal Server Error</body></html>"));

  /** What the token endpoint and the API do with the requests of a case. */
  enum Answer {
    /** A token, then the operation's success answer. */
    SUCCESS,
    /** A token, a 401 for it (revoked), a second token, then success: the renewal path. */
    RENEWED_AFTER_401,
    /** A token, then the operation's error answer. */
    ERROR,
    /** The token endpoint refuses the client credentials; the API is never called. */
    TOKEN_REFUSED,
    /** A token, then the API connection closes after the request (retried for GET and PUT). */
    CONNECTION_DROPPED;

    boolean succeeds() {
      return this == SUCCESS || this == RENEWED_AFTER_401;
    }
  }

  CyclrSecretHygieneTest() {
    super(CyclrCalls.class, 8, OPERATIONS);
  }

  static Stream<Arguments> everyOperationAndAnswer() {
    return ScannedOperation.everyOperationAndAnswer(OPERATIONS, Answer.values());
  }

  static List<Operation> operations() {
    return OPERATIONS;
  }

  @ParameterizedTest(name = "{0} answered with {1}")
  @MethodSource("everyOperationAndAnswer")
  void secretsShowNowhereOnTheOAuthPath(Operation operation, Answer answer) throws Exception {
    AtomicInteger tokensIssued = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getPath().equals("/oauth/token")) {
          return answer == Answer.TOKEN_REFUSED
              ? json(401, "{\"error\":\"invalid_client\","
                  + "\"error_description\":\"The client credentials are invalid.\"}")
              : token(ACCESS_TOKEN + tokensIssued.incrementAndGet(), 1209599);
        }
        switch (answer) {
          case SUCCESS:
            return json(200, operation.successBody);
          case RENEWED_AFTER_401:
            return ("Bearer " + ACCESS_TOKEN + "1").equals(request.getHeader("Authorization"))
                ? json(401, DENIED) : json(200, operation.successBody);
          case ERROR:
            return json(operation.errorStatus, operation.errorBody);
          case CONNECTION_DROPPED:
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
          default:
            return json(418, "{\"Message\":\"The API is not called when the token is refused.\"}");
        }
      }
    });
    SecretScan scan = new SecretScan(SECRETS);
    CyclrClient.Builder builder = builderFor(server)
        .clientCredentials(CLIENT_ID, CLIENT_SECRET)
        .logger(lines::add, ApiLogger.Level.BODY);
    scan.text("builder", builder.toString());

    try (CyclrClient cyclr = builder.build()) {
      scan.text("client", cyclr.toString())
          .text("account scope", cyclr.forAccount(ACCOUNT_ID).toString())
          .text("request model", String.valueOf(operation.requestModel));
      operation.callAndScan(cyclr, scan, expectedFailure(operation, answer));
    }

    scan.lines("log", lines).assertNoLeaks();
    // The secrets were in the log lines, masked: the scan above looked at real lines.
    assertTrue(lines.contains("grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=***"),
        lines::toString);
    if (answer != Answer.TOKEN_REFUSED) {
      assertTrue(lines.stream().anyMatch(line -> line.contains("\"access_token\":\"***\"")), lines::toString);
      assertTrue(lines.contains("Authorization: ██"), lines::toString);
      for (String mask : operation.requestMasks) {
        assertTrue(lines.stream().anyMatch(line -> line.contains(mask)), () -> mask + " in " + lines);
      }
    }
    if (answer.succeeds()) {
      for (String mask : operation.successMasks) {
        assertTrue(lines.stream().anyMatch(line -> line.contains(mask)), () -> mask + " in " + lines);
      }
    }
    assertEquals(answer == Answer.RENEWED_AFTER_401 ? 2 : answer == Answer.TOKEN_REFUSED ? 0 : 1,
        tokensIssued.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void bearerTokenShowsNowhere(Operation operation) throws Exception {
    // A caller-managed token: once accepted, once refused (a 401 goes straight back to the caller).
    server.enqueue(json(200, operation.successBody));
    server.enqueue(json(401, DENIED));
    SecretScan scan = new SecretScan(SECRETS);
    CyclrClient.Builder builder = builderFor(server).bearerToken(BEARER_TOKEN).logger(lines::add, ApiLogger.Level.BODY);
    scan.text("builder", builder.toString());

    try (CyclrClient cyclr = builder.build()) {
      scan.text("client", cyclr.toString());
      operation.callAndScan(cyclr, scan, null);
      operation.callAndScan(cyclr, scan, ApiHttpException.UnauthorizedException.class);
    }

    scan.lines("log", lines).assertNoLeaks();
    assertEquals(2, Collections.frequency(lines, "Authorization: ██"), lines::toString);
    assertEquals(2, server.getRequestCount());
  }

  private static Class<? extends ApiException> expectedFailure(Operation operation, Answer answer) {
    switch (answer) {
      case ERROR:
        return operation.errorType();
      case TOKEN_REFUSED:
        return ApiHttpException.UnauthorizedException.class;
      case CONNECTION_DROPPED:
        return ApiConnectionException.class;
      default:
        return null;
    }
  }

  private static InstallConnectorRequest connector() {
    return new InstallConnectorRequest().accountId(ACCOUNT_ID).connectorName("Connector").connectorVersion("v1");
  }

  /** One operation of the client, its answers, and the masked secrets its log lines must show. */
  static final class Operation extends ScannedOperation<CyclrClient> {
    /** Masked secrets the log must show for a success answer. */
    final List<String> successMasks;
    /** Masked secrets the log must show whenever the request is sent. */
    List<String> requestMasks = Collections.emptyList();

    /** Every success answer in this test is a 200. */
    Operation(String name, Object requestModel, Function<CyclrClient, Call<?>> call, String successBody,
        int errorStatus, String errorBody, String... successMasks) {
      super(name, requestModel, call, 200, successBody, errorStatus, errorBody);
      this.successMasks = Arrays.asList(successMasks);
    }

    Operation masksInRequest(String... masks) {
      this.requestMasks = Arrays.asList(masks);
      return this;
    }

    @Override
    public String toString() {
      return requestModel instanceof InstallConnectorRequest
          ? name + (requestModel == WITH_API_KEY ? " with ApiKey" : " with Username and Password")
          : name;
    }
  }
}
