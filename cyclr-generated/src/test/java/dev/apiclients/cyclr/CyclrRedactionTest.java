package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.CLIENT_ID;
import static dev.apiclients.cyclr.TestServers.CLIENT_SECRET;
import static dev.apiclients.cyclr.TestServers.builderFor;
import static dev.apiclients.cyclr.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.cyclr.model.SignInToken;
import dev.apiclients.cyclr.model.SignInTokenRequest;
import dev.apiclients.cyclr.model.TokenResponse;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.ApiLogger;
import dev.apiclients.runtime.testing.StartedServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Secrets never reach a log line, a {@code toString()} or an exception message. */
class CyclrRedactionTest {
  private static final String ACCESS_TOKEN = "eyAccessToken.Secret-4711";
  private static final String API_KEY = "connector-api-key-0815";
  private static final String PASSWORD = "connector-password-0815";
  private static final String SIGN_IN_TOKEN = "SgnTkn+Secret/4711==";
  private static final String INTERCOM_SECRET_KEY = "intercom-secret-key-42";
  private static final List<String> SECRETS = Arrays.asList(
      CLIENT_SECRET, "s3cret", ACCESS_TOKEN, API_KEY, PASSWORD, SIGN_IN_TOKEN, "SgnTkn", INTERCOM_SECRET_KEY);

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final MockWebServer server = new MockWebServer();
  @RegisterExtension
  final StartedServer started = new StartedServer(server);

  @Test
  void bodyLevelLogsMaskEverySecret() throws Exception {
    server.enqueue(TestServers.token(ACCESS_TOKEN, 1209599));
    server.enqueue(new MockResponse());
    server.enqueue(new MockResponse());
    server.enqueue(json("{\"ExpiresAtUtc\":\"2016-11-18T10:50:45.6509216Z\",\"Token\":\"" + SIGN_IN_TOKEN + "\"}"));

    try (CyclrClient cyclr = loggingClient()) {
      cyclr.calls().connectors().installConnector(connector().apiKey(API_KEY)).execute();
      cyclr.calls().connectors().installConnector(connector().username("user").password(PASSWORD)).execute();
      cyclr.forAccount("account-1").calls().accounts()
          .createAccountSignInToken(new SignInTokenRequest().accountId("account-1").username("user@example.com"))
          .execute();
    }

    assertNoSecret(lines);
    // The lines were written, with the secrets masked rather than dropped.
    assertTrue(lines.contains("grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=***"), lines::toString);
    assertTrue(lines.contains("Authorization: ██"), lines::toString);
    assertTrue(lines.stream().anyMatch(line -> line.contains("\"access_token\":\"***\"")), lines::toString);
    assertTrue(lines.stream().anyMatch(line -> line.contains("\"ApiKey\":\"***\"")), lines::toString);
    assertTrue(lines.stream().anyMatch(line -> line.contains("\"Password\":\"***\"")), lines::toString);
    assertTrue(lines.stream().anyMatch(line -> line.contains("\"Token\":\"***\"")), lines::toString);
  }

  @Test
  void toStringsMaskSecrets() {
    CyclrClient.Builder builder = builderFor(server).clientCredentials(CLIENT_ID, CLIENT_SECRET).accountScope("a-1");
    List<String> descriptions = new ArrayList<>();
    descriptions.add(builder.toString());
    try (CyclrClient cyclr = builder.build()) {
      descriptions.add(cyclr.toString());
    }
    CyclrClient.Builder bearer = builderFor(server).bearerToken(ACCESS_TOKEN);
    descriptions.add(bearer.toString());
    try (CyclrClient cyclr = bearer.build()) {
      descriptions.add(cyclr.toString());
    }
    descriptions.add(connector().apiKey(API_KEY).toString());
    descriptions.add(connector().username("user").password(PASSWORD).toString());
    descriptions.add(new SignInToken().token(SIGN_IN_TOKEN).toString());
    descriptions.add(new TokenResponse().accessToken(ACCESS_TOKEN).expiresIn(1209599L).toString());

    assertNoSecret(descriptions);
    assertTrue(descriptions.get(0).contains("clientSecret=***"), descriptions.get(0));
  }

  @Test
  void exceptionMessagesCarryNoSecrets() throws Exception {
    server.enqueue(json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Unknown client.\"}"));
    server.enqueue(json("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":\"soon\"}"));
    server.enqueue(TestServers.token(ACCESS_TOKEN, 1209599));
    server.enqueue(json(400, "{\"Message\":\"The request is invalid.\"}"));

    List<Exception> failures = new ArrayList<>();
    try (CyclrClient cyclr = loggingClient()) {
      failures.add(assertThrows(ApiHttpException.class,
          () -> cyclr.calls().connectors().installConnector(connector().apiKey(API_KEY)).execute()));
      ApiDecodeException decode = assertThrows(ApiDecodeException.class,
          () -> cyclr.calls().connectors().installConnector(connector().apiKey(API_KEY)).execute());
      assertFalse(decode.rawBody().contains(ACCESS_TOKEN), decode.rawBody());
      failures.add(decode);
      failures.add(assertThrows(ApiHttpException.class,
          () -> cyclr.calls().connectors().installConnector(connector().username("user").password(PASSWORD)).execute()));
      failures.add(assertThrows(IllegalArgumentException.class,
          () -> cyclr.calls().connectors().installConnector(connector().apiKey(API_KEY).password(PASSWORD)).execute()));
    }

    List<String> messages = new ArrayList<>();
    for (Exception failure : failures) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        messages.add(String.valueOf(t.getMessage()));
        messages.add(t.toString());
      }
    }
    assertNoSecret(messages);
    assertNoSecret(lines);
    assertEquals(4, failures.size());
  }

  @Test
  void undecodableSignInAnswerKeepsItsTokenMasked() throws Exception {
    server.enqueue(TestServers.token(ACCESS_TOKEN, 1209599));
    server.enqueue(json("{\"ExpiresAtUtc\":false,\"Token\":\"" + SIGN_IN_TOKEN + "\"}"));

    ApiDecodeException e;
    try (CyclrClient cyclr = loggingClient()) {
      e = assertThrows(ApiDecodeException.class, () -> cyclr.forAccount("account-1").accounts()
          .createAccountSignInToken(SignInTokenRequest.builder().accountId("account-1").username("user@example.com")
              .build()));
    }

    assertEquals("{\"ExpiresAtUtc\":false,\"Token\":\"***\"}", e.rawBody());
    assertNoSecret(List.of(e.getMessage(), e.rawBody()));
  }

  @Test
  void undecodablePartnerDetailsKeepTheIntercomKeysMasked() throws Exception {
    server.enqueue(TestServers.token(ACCESS_TOKEN, 1209599));
    server.enqueue(json("{\"CycleSharingEnabled\":\"yes\",\"IntercomAPIKey\":\"" + API_KEY
        + "\",\"IntercomSecretKey\":\"" + INTERCOM_SECRET_KEY + "\"}"));

    ApiDecodeException e;
    try (CyclrClient cyclr = loggingClient()) {
      e = assertThrows(ApiDecodeException.class, () -> cyclr.partner().getPartnerDetails());
    }

    assertEquals("Could not decode PartnerDetails: Expected a boolean but was STRING at path $.CycleSharingEnabled",
        e.getMessage());
    assertEquals("{\"CycleSharingEnabled\":\"yes\",\"IntercomAPIKey\":\"***\",\"IntercomSecretKey\":\"***\"}",
        e.rawBody());
  }

  @Test
  void errorAnswerKeepsTheCredentialsItEchoesMasked() throws Exception {
    server.enqueue(TestServers.token(ACCESS_TOKEN, 1209599));
    server.enqueue(json(400, "{\"Message\":\"The connector rejected the credentials.\",\"Username\":\"user\","
        + "\"Password\":\"" + PASSWORD + "\"}"));

    ApiHttpException e;
    try (CyclrClient cyclr = loggingClient()) {
      e = assertThrows(ApiHttpException.BadRequestException.class, () -> cyclr.forAccount("account-1").connectors()
          .installConnector(connector().username("user").password(PASSWORD)));
    }

    assertEquals("HTTP 400: The connector rejected the credentials.", e.getMessage());
    assertEquals("{\"Message\":\"The connector rejected the credentials.\",\"Username\":\"user\","
        + "\"Password\":\"***\"}", e.rawBody());
  }

  private CyclrClient loggingClient() {
    return builderFor(server)
        .clientCredentials(CLIENT_ID, CLIENT_SECRET)
        .logger(lines::add, ApiLogger.Level.BODY)
        .build();
  }

  private static InstallConnectorRequest connector() {
    return new InstallConnectorRequest().accountId("account-1").connectorName("Connector").connectorVersion("v1");
  }

  private static void assertNoSecret(List<String> texts) {
    assertFalse(texts.isEmpty());
    for (String text : texts) {
      for (String secret : SECRETS) {
        assertFalse(text.contains(secret), () -> "'" + secret + "' in: " + text);
      }
    }
  }
}
