package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.json;
import static dev.apiclients.cyclr.TestServers.oauthClient;
import static dev.apiclients.cyclr.TestServers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.testing.DefaultUserAgent;
import java.nio.file.Paths;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cyclr sees the same User-Agent on the token request as on the API call it was made for: the
 * client, the spec, OkHttp, Java and the application.
 */
class CyclrUserAgentTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void setUp() throws Exception {
    server.start();
  }

  @AfterEach
  void tearDown() throws Exception {
    server.shutdown();
  }

  @Test
  void tokenRequestAndApiCallNameTheClientSpecOkHttpJavaAndTheApplication() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json("[]"));
    CyclrClient cyclr = TestServers.builderFor(server)
        .clientCredentials(TestServers.CLIENT_ID, TestServers.CLIENT_SECRET)
        .appInfo("PartnerPortal", "1.0")
        .build();
    try {
      cyclr.accounts().listAccounts();
    } finally {
      cyclr.close();
    }

    RecordedRequest tokenRequest = server.takeRequest();
    RecordedRequest apiCall = server.takeRequest();
    assertEquals("/oauth/token", tokenRequest.getPath());
    String expected = DefaultUserAgent.pattern("cyclr-generated",
        Paths.get("../cyclr-spec/src/main/resources/openapi/cyclr-partner-api.yaml")) + " PartnerPortal/1\\.0";
    assertTrue(apiCall.getHeader("User-Agent").matches(expected), apiCall.getHeader("User-Agent"));
    assertEquals(apiCall.getHeader("User-Agent"), tokenRequest.getHeader("User-Agent"));
  }

  @Test
  void withoutAppInfoTheUserAgentEndsWithJava() throws Exception {
    server.enqueue(token("token-1", 1209599));
    server.enqueue(json("[]"));
    try (CyclrClient cyclr = oauthClient(server)) {
      cyclr.accounts().listAccounts();
    }

    server.takeRequest();
    String userAgent = server.takeRequest().getHeader("User-Agent");
    assertTrue(userAgent.startsWith("cyclr-generated/"), userAgent);
    assertTrue(userAgent.endsWith(" java/" + System.getProperty("java.version")), userAgent);
  }
}
