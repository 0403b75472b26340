package com.example.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.api.CyclistsApiService.ListCyclistsParams;
import dev.apiclients.cyclis.model.CyclistList;
import dev.apiclients.cyclr.CyclrClient;
import dev.apiclients.cyclr.model.Account;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quick start's two calls, made the way the README shows but against a JDK HttpServer on
 * loopback instead of the providers (the only change: a loopback base URL and token URL).
 */
class QuickStartTest {
  private final List<String> requests = Collections.synchronizedList(new ArrayList<String>());
  private HttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void cyclisListsCyclistsByEmail() throws IOException {
    CyclisClient cyclis = CyclisClient.builder()
        .baseUrl(url("/"))
        .apiToken("test-token")
        .build();

    CyclistList cyclists = cyclis.cyclists().listCyclists(
        ListCyclistsParams.builder().filterEmail("user@example.com").build());

    assertEquals("user@example.com", cyclists.getData().get(0).getAttributes().getEmail());
    assertEquals(Arrays.asList("GET /cyclists?filter%5Bemail%5D=user%40example.com API-TOKEN=test-token"),
        requests);
    cyclis.close();
  }

  @Test
  void cyclrFetchesATokenAndListsAccounts() throws IOException {
    CyclrClient cyclr = CyclrClient.builder()
        .baseUrl(url("/api/partner/"))
        .tokenUrl(url("/oauth/token"))
        .clientCredentials("client-id", "client-secret")
        .build();

    List<Account> accounts = cyclr.accounts().listAccounts();

    assertEquals("Demo Account", accounts.get(0).getName());
    assertEquals(Arrays.asList(
            "POST /oauth/token grant_type=client_credentials&client_id=client-id&client_secret=client-secret",
            "GET /api/partner/accounts Authorization=Bearer t0k3n"),
        requests);
    cyclr.close();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    String line = exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query);
    String body;
    if (path.equals("/cyclists")) {
      requests.add(line + " API-TOKEN=" + exchange.getRequestHeaders().getFirst("API-TOKEN"));
      body = "{\"data\":[{\"id\":\"497f6eca-6276-4993-bfeb-53cbbbba6f08\",\"type\":\"cyclist\","
          + "\"attributes\":{\"first_name\":\"John\",\"last_name\":\"Doe\",\"email\":\"user@example.com\"}}]}";
    } else if (path.equals("/oauth/token")) {
      requests.add(line + " " + read(exchange));
      body = "{\"token_type\":\"bearer\",\"access_token\":\"t0k3n\",\"expires_in\":1209599}";
    } else if (path.equals("/api/partner/accounts")) {
      requests.add(line + " Authorization=" + exchange.getRequestHeaders().getFirst("Authorization"));
      body = "[{\"Id\":\"00000000000000000000000000000000\",\"Name\":\"Demo Account\"}]";
    } else {
      requests.add(line);
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String read(HttpExchange exchange) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    for (int n; (n = exchange.getRequestBody().read(buffer)) != -1; ) {
      bytes.write(buffer, 0, n);
    }
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }
}
