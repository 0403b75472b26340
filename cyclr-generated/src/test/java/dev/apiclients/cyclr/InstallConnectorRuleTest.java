package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.runtime.testing.ServedClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The install-connector credentials rule: an ApiKey, or a Username with a Password, checked before sending. */
class InstallConnectorRuleTest {
  @RegisterExtension
  final ServedClient<CyclrClient> served = ServedClient.start(TestServers::oauthClient);
  private final MockWebServer server = served.server();
  private final CyclrClient cyclr = served.client();

  @Test
  void requestWithoutCredentialsIsRefusedBeforeSending() {
    assertRefused(connector(),
        "InstallConnectorRequest has no credentials; send ApiKey, or Username and Password; nothing was sent");
  }

  @Test
  void apiKeyWithUsernameAndPasswordIsRefusedBeforeSending() {
    assertRefused(connector().apiKey("api-key").username("user").password("password"),
        "InstallConnectorRequest has ApiKey and also Username and Password; send ApiKey alone, or Username and "
            + "Password; nothing was sent");
  }

  @Test
  void apiKeyWithUsernameIsRefusedBeforeSending() {
    assertRefused(connector().apiKey("api-key").username("user"),
        "InstallConnectorRequest has ApiKey and also Username; send ApiKey alone, or Username and Password; "
            + "nothing was sent");
  }

  @Test
  void usernameWithoutPasswordIsRefusedBeforeSending() {
    assertRefused(connector().username("user"),
        "InstallConnectorRequest has Username but no Password; send both, or ApiKey alone; nothing was sent");
  }

  @Test
  void passwordWithoutUsernameIsRefusedBeforeSending() {
    assertRefused(connector().password("password"),
        "InstallConnectorRequest has Password but no Username; send both, or ApiKey alone; nothing was sent");
  }

  @Test
  void emptyApiKeyCountsAsMissing() {
    assertRefused(connector().apiKey(""),
        "InstallConnectorRequest has no credentials; send ApiKey, or Username and Password; nothing was sent");
  }

  @Test
  void apiKeyAloneIsSent() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(new MockResponse());

    cyclr.calls().connectors().installConnector(connector().apiKey("api-key")).execute();

    server.takeRequest();
    assertEquals("{\"AccountId\":\"account-1\",\"ApiKey\":\"api-key\",\"ConnectorName\":\"Connector\","
        + "\"ConnectorVersion\":\"v1\"}", server.takeRequest().getBody().readUtf8());
  }

  @Test
  void usernameAndPasswordAreSent() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(new MockResponse());

    cyclr.calls().connectors().installConnector(connector().username("user").password("password")).execute();

    server.takeRequest();
    assertEquals("{\"AccountId\":\"account-1\",\"ConnectorName\":\"Connector\",\"ConnectorVersion\":\"v1\","
        + "\"Password\":\"password\",\"Username\":\"user\"}", server.takeRequest().getBody().readUtf8());
  }

  @Test
  void missingRequiredFieldIsNamedBeforeTheCredentialsRule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cyclr.calls().connectors()
        .installConnector(new InstallConnectorRequest().accountId("account-1").connectorName("Connector")).execute());
    assertEquals("Missing required field 'ConnectorVersion' in InstallConnectorRequest; nothing was sent", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  private void assertRefused(InstallConnectorRequest request, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cyclr.calls().connectors().installConnector(request).execute());
    assertEquals(message, e.getMessage());
    assertEquals(0, server.getRequestCount()); // not even a token request
  }

  private static InstallConnectorRequest connector() {
    return new InstallConnectorRequest().accountId("account-1").connectorName("Connector").connectorVersion("v1");
  }
}
