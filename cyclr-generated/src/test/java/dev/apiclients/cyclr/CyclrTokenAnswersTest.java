package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.json;
import static dev.apiclients.cyclr.TestServers.oauthClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.testing.HostileJson;
import dev.apiclients.runtime.testing.StartedServer;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Token answers made to hurt a careless reader. The token client is derived from the API client's
 * OkHttp client, so the response-body limit holds for token answers too.
 */
class CyclrTokenAnswersTest {
  private static final String ACCOUNTS = "[{\"Id\":\"00000000000000000000000000000000\"}]";
  private static final int DEFAULT_LIMIT = 32 << 20;

  private final MockWebServer server = new MockWebServer();
  @RegisterExtension
  final StartedServer started = new StartedServer(server);

  @Test
  void tokenAnswerOverTheLimitIsADecodeFailureNamingTheLimit() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setChunkedBody(
        "{\"padding\":\"" + "x".repeat(DEFAULT_LIMIT) + "\",\"token_type\":\"bearer\",\"access_token\":\"t\","
            + "\"expires_in\":60}", 1 << 20));

    ApiDecodeException e;
    try (CyclrClient cyclr = oauthClient(server)) {
      e = assertThrowsExactly(ApiDecodeException.class, () -> cyclr.calls().accounts().listAccounts().execute());
    }

    assertEquals("The response body of POST /oauth/token is larger than maxResponseBytes (33554432 bytes) allows;"
        + " it was not decoded", e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void tokenErrorBeyondTheKeptPartIsCutAndKeepsItsStatus() {
    server.enqueue(json(401, "{\"error\":\"invalid_client\",\"padding\":\"" + "x".repeat(100_000) + "\"}"));

    ApiHttpException e;
    try (CyclrClient cyclr = oauthClient(server)) {
      e = assertThrowsExactly(ApiHttpException.UnauthorizedException.class,
          () -> cyclr.calls().accounts().listAccounts().execute());
    }

    assertEquals(64 * 1024 + ApiHttpException.CUT_MARKER.length(), e.rawBody().length());
    assertEquals(true, e.rawBody().endsWith(ApiHttpException.CUT_MARKER));
  }

  @Test
  void tokenAnswerWithAnUnknownMemberThatMoshisStrictModeRefusesGivesTheToken() throws Exception {
    server.enqueue(json("{\"token_type\":\"bearer\",\"access_token\":\"token-1\",\"expires_in\":60,"
        + "\"serial\":" + HostileJson.WRAPPING_INTEGER + "}"));
    server.enqueue(json(ACCOUNTS));

    try (CyclrClient cyclr = oauthClient(server)) {
      assertEquals(1, cyclr.calls().accounts().listAccounts().execute().body().size());
    }

    assertEquals("/oauth/token", server.takeRequest().getPath());
    assertEquals("Bearer token-1", server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void tokenLifetimeOf400000DigitsIsADecodeFailureNamingTheBound() {
    server.enqueue(json("{\"token_type\":\"bearer\",\"access_token\":\"token-1\",\"expires_in\":"
        + HostileJson.digits(400_000) + "}"));

    ApiDecodeException e;
    try (CyclrClient cyclr = oauthClient(server)) {
      e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrowsExactly(ApiDecodeException.class,
          () -> cyclr.calls().accounts().listAccounts().execute()));
    }

    assertEquals("Could not decode the token response: Expected a long but was " + "9".repeat(32)
        + "... (400000 characters) at path $.expires_in: longer than the 1000 characters allowed", e.getMessage());
  }
}
