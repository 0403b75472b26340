package dev.apiclients.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs each Cyclr sample against MockWebServer and checks what it sent and what it returned. */
class CyclrSamplesTest {
  private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
    server.enqueue(json("{\"token_type\":\"bearer\",\"access_token\":\"t0k3n\",\"expires_in\":1209599}"));
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void createAccountAndSignInCreatesTheAccountThenATokenInsideIt() throws Exception {
    server.enqueue(json("{\"Id\":\"" + ACCOUNT + "\"}"));
    server.enqueue(json("{\"ExpiresAtUtc\":\"2016-11-18T10:50:45.6509216Z\",\"Token\":\"sign-in-token\"}"));

    String url = CreateAccountAndSignIn.run(baseUrl(), tokenUrl(), "client-id", "client-secret", "Acme", "user@acme.example");

    assertEquals("http://" + server.getHostName() + ":" + server.getPort()
        + "/account/signinwithtoken?token=sign-in-token", url);
    assertEquals("POST /oauth/token HTTP/1.1", server.takeRequest().getRequestLine());
    RecordedRequest create = server.takeRequest();
    assertEquals("POST /api/partner/createaccount HTTP/1.1", create.getRequestLine());
    assertEquals("{\"Name\":\"Acme\"}", create.getBody().readUtf8());
    assertEquals(null, create.getHeader("X-Cyclr-Account"));
    RecordedRequest signIn = server.takeRequest();
    assertEquals("POST /api/partner/createaccountsignintoken HTTP/1.1", signIn.getRequestLine());
    assertEquals(ACCOUNT, signIn.getHeader("X-Cyclr-Account"));
    assertEquals("{\"AccountId\":\"" + ACCOUNT + "\",\"Username\":\"user@acme.example\"}", signIn.getBody().readUtf8());
  }

  @Test
  void installConnectorForAccountSendsTheAccountHeaderAndTheApiKey() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200));

    InstallConnectorForAccount.run(baseUrl(), tokenUrl(), "client-id", "client-secret", ACCOUNT, "Connector", "v1", "key-1");

    assertEquals("POST /oauth/token HTTP/1.1", server.takeRequest().getRequestLine());
    RecordedRequest install = server.takeRequest();
    assertEquals("POST /api/partner/installconnector HTTP/1.1", install.getRequestLine());
    assertEquals(ACCOUNT, install.getHeader("X-Cyclr-Account"));
    assertEquals("Bearer t0k3n", install.getHeader("Authorization"));
    assertEquals("{\"AccountId\":\"" + ACCOUNT + "\",\"ApiKey\":\"key-1\",\"ConnectorName\":\"Connector\","
        + "\"ConnectorVersion\":\"v1\",\"InstalledName\":\"Connector for " + ACCOUNT + "\"}", install.getBody().readUtf8());
  }

  @Test
  void installConnectorWithoutAnApiKeyIsRefusedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InstallConnectorForAccount.run(
        baseUrl(), tokenUrl(), "client-id", "client-secret", ACCOUNT, "Connector", "v1", null));

    assertEquals("InstallConnectorRequest has no credentials; send ApiKey, or Username and Password; nothing was sent",
        e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  private String baseUrl() {
    return server.url("/api/partner/").toString();
  }

  private String tokenUrl() {
    return server.url("/oauth/token").toString();
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }
}
