package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.TOKEN;
import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static dev.apiclients.cyclis.CyclisTestServer.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.ApiLogger;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** Building a client: defaults, refusals, and what its logs may show. */
class CyclisClientBuilderTest {
  @Test
  void defaultBaseUrlIsTheSpecsServer() throws Exception {
    String spec = new String(Files.readAllBytes(
        Paths.get("../cyclis-spec/src/main/resources/openapi/cyclis-integrator-api.yaml")), "UTF-8");
    Matcher server = Pattern.compile("servers:\\s*\\n\\s*- url: (\\S+)").matcher(spec);

    assertTrue(server.find(), "the spec declares a server");
    assertEquals(server.group(1) + "/", CyclisClient.DEFAULT_BASE_URL);
  }

  @Test
  void plainHttpIsRefusedExceptOnLoopback() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CyclisClient.builder().baseUrl("http://integrator-api.cyclis.be/"));

    assertEquals("The base URL must use https (http is allowed only on loopback): "
        + "http://integrator-api.cyclis.be/", e.getMessage());
    CyclisClient.builder().baseUrl("http://localhost:8080/").baseUrl("http://127.0.0.1:1/");
  }

  @Test
  void buildingWithoutTokenFails() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CyclisClient.builder().build());

    assertEquals("apiToken is required: Cyclis rejects requests without API-TOKEN", e.getMessage());
  }

  @Test
  void baseUrlPathGetsATrailingSlash() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(json(200, "{\"data\":[]}"));
      String base = server.url("/v1").newBuilder().host("127.0.0.1").build().toString();
      try (CyclisClient client = CyclisClient.builder().baseUrl(base).apiToken(TOKEN).build()) {
        client.calls().dealers().listDealers().execute();
      }
      assertEquals("GET /v1/dealers HTTP/1.1", server.takeRequest().getRequestLine());
    }
  }

  @Test
  void callerSuppliedOkHttpClientIsUsedAndLeftRunning() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(json(200, "{\"data\":[]}"));
      try (CyclisClient client = clientFor(server).okHttpClient(shared).build()) {
        client.calls().dealers().listDealers().execute();
      }
      assertFalse(shared.dispatcher().executorService().isShutdown());
      assertEquals(TOKEN, server.takeRequest().getHeader("API-TOKEN"));
    }
  }

  @Test
  void bodyLevelLogsNeverShowTheToken() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(json(200, seed("cyclist.json")));
      try (CyclisClient client = clientFor(server).logger(lines::add, ApiLogger.Level.BODY).build()) {
        client.calls().cyclists().getCyclist(UUID.randomUUID()).execute();
        assertFalse(client.toString().contains(TOKEN));
      }
    }

    assertTrue(lines.contains("API-TOKEN: ██"), lines.toString());
    assertTrue(lines.stream().anyMatch(line -> line.contains("\"first_name\":\"John\"")), "bodies are logged");
    assertTrue(lines.stream().noneMatch(line -> line.contains(TOKEN)), lines.toString());
  }
}
