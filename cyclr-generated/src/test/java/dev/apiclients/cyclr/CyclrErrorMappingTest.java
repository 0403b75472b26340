package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.builderFor;
import static dev.apiclients.cyclr.TestServers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclr.model.Account;
import dev.apiclients.cyclr.model.AccountCreateRequest;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.testing.ServedClient;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Non-2xx and malformed answers of the API become typed exceptions; only idempotent calls are retried. */
class CyclrErrorMappingTest {
  @RegisterExtension
  final ServedClient<CyclrClient> served = ServedClient.start(server -> builderFor(server).bearerToken("access-token-1").build());
  private final MockWebServer server = served.server();
  private final CyclrClient cyclr = served.client();

  @Test
  void badRequestCarriesModelStateMessages() {
    String body = "{\"Message\":\"The request is invalid.\",\"ModelState\":{\"model.Name\":[\"The Name field is required.\"]}}";
    server.enqueue(json(400, body));

    ApiHttpException.BadRequestException e = assertThrows(ApiHttpException.BadRequestException.class,
        () -> cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("")).execute());

    assertEquals(400, e.statusCode());
    assertNull(e.errorCode());
    assertEquals("The request is invalid. (model.Name: The Name field is required.)", e.errorMessage());
    assertEquals("HTTP 400: The request is invalid. (model.Name: The Name field is required.)", e.getMessage());
    assertEquals(body, e.rawBody());
  }

  @Test
  void notFoundIsTyped() {
    server.enqueue(json(404, "{\"Message\":\"Account not found.\"}"));

    ApiHttpException.NotFoundException e = assertThrows(ApiHttpException.NotFoundException.class,
        () -> cyclr.calls().accounts().getAccountUsage("missing", null).execute());

    assertEquals("HTTP 404: Account not found.", e.getMessage());
  }

  @Test
  void htmlBadGatewayKeepsTheRawBody() {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html").setBody(html));

    ApiHttpException.ServerErrorException e = assertThrows(ApiHttpException.ServerErrorException.class,
        () -> cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute());

    assertEquals(502, e.statusCode());
    assertNull(e.errorCode());
    assertNull(e.errorMessage());
    assertEquals(html, e.rawBody());
    assertEquals("HTTP 502", e.getMessage());
  }

  @Test
  void postIsNotRetriedOnServiceUnavailable() throws Exception {
    server.enqueue(json(503, "{\"Message\":\"Busy.\"}"));
    server.enqueue(json("{\"Id\":\"00000000000000000000000000000000\"}"));

    ApiHttpException.ServerErrorException e = assertThrows(ApiHttpException.ServerErrorException.class,
        () -> cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute());

    assertEquals(503, e.statusCode());
    assertEquals(1, server.getRequestCount());
    assertEquals("POST /api/partner/createaccount HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void getIsRetriedOnServiceUnavailable() throws Exception {
    server.enqueue(json(503, "{\"Message\":\"Busy.\"}"));
    server.enqueue(json("[{\"Id\":\"00000000000000000000000000000000\"}]"));

    List<Account> accounts = cyclr.calls().accounts().listAccounts().execute().body();

    assertEquals("00000000000000000000000000000000", accounts.get(0).getId());
    assertEquals(2, server.getRequestCount());
    assertEquals("GET /api/partner/accounts HTTP/1.1", server.takeRequest().getRequestLine());
    assertEquals("GET /api/partner/accounts HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void unquotedKeyAsPrintedInTheDocsIsADecodeError() {
    // The docs print { Id: "..." }; should a server ever send it, the caller gets a typed error.
    server.enqueue(json("{ Id: \"00000000000000000000000000000000\" }"));

    ApiDecodeException e = assertThrows(ApiDecodeException.class,
        () -> cyclr.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")).execute());

    assertTrue(e.getMessage().startsWith("Could not decode AccountIdResponse"), e.getMessage());
    assertEquals("{ Id: \"00000000000000000000000000000000\" }", e.rawBody());
  }
}
