package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.TOKEN;
import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static dev.apiclients.cyclis.CyclisTestServer.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.testing.ServedClient;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** What an error tells the caller beyond the status: headers, Retry-After, the request; and empty 2xx answers. */
class CyclisErrorDetailsTest {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");

  @RegisterExtension
  final ServedClient<CyclisClient> served = ServedClient.start(server -> clientFor(server).build());
  private final MockWebServer server = served.server();
  private final CyclisClient client = served.client();

  @Test
  void rateLimitBeyondThePolicyExposesRetryAfterAndHeaders() throws Exception {
    // The default policy waits at most 10 s for a Retry-After; 120 s ends the retries at once.
    server.enqueue(json(429, "{\"error\":\"RATE\",\"message\":\"Slow down\"}")
        .setHeader("Retry-After", "120").setHeader("X-Request-Id", "req-7"));

    ApiHttpException e = assertThrows(ApiHttpException.RateLimitedException.class,
        () -> client.calls().orders().getOrder(ID).execute());

    assertEquals(Duration.ofSeconds(120), e.retryAfter());
    assertEquals("120", e.headers().get("Retry-After"));
    assertEquals("req-7", e.headers().get("x-request-id"));
    assertEquals("application/json", e.headers().get("Content-Type"));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void errorNamesTheRequestButNotItsCredentials() throws Exception {
    server.enqueue(json(404, "{\"error\":\"NOTFOUND\",\"message\":\"No such order\"}"));

    ApiHttpException e = assertThrows(ApiHttpException.NotFoundException.class,
        () -> client.calls().orders().getOrder(ID).execute());

    RecordedRequest sent = server.takeRequest();
    assertEquals(TOKEN, sent.getHeader("API-TOKEN"));
    assertEquals("GET", e.requestMethod());
    assertEquals("http://127.0.0.1:" + server.getPort() + "/orders/" + ID, e.requestUrl());
    assertNull(e.retryAfter());
    assertNull(e.headers().get("API-TOKEN"), "request headers are not response headers");
    assertFalse(e.toString().contains(TOKEN), e.toString());
  }

  @Test
  void noContentOnAnOperationWithABodyIsADecodeFailure() {
    server.enqueue(new MockResponse().setResponseCode(204));

    ApiDecodeException e = assertThrows(ApiDecodeException.class,
        () -> client.calls().orders().getOrder(ID).execute());

    assertEquals("Expected a JSON OrderDocument but the answer was HTTP 204 without a body (GET /orders/" + ID + ")",
        e.getMessage());
    assertEquals("", e.rawBody());
  }

  @Test
  void noContentOnAnOperationWithABodyFailsAnEnqueuedCallToo() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    CompletableFuture<Object> outcome = new CompletableFuture<>();

    client.calls().orders().getOrder(ID).enqueue(new Callback<dev.apiclients.cyclis.model.OrderDocument>() {
      @Override
      public void onResponse(Call<dev.apiclients.cyclis.model.OrderDocument> call,
          Response<dev.apiclients.cyclis.model.OrderDocument> response) {
        outcome.complete(response);
      }

      @Override
      public void onFailure(Call<dev.apiclients.cyclis.model.OrderDocument> call, Throwable t) {
        outcome.complete(t);
      }
    });

    Object result = outcome.get(5, TimeUnit.SECONDS);
    assertEquals(ApiDecodeException.class, result.getClass());
  }

  @Test
  void emptyOkOnAnOperationWithABodyIsADecodeFailure() {
    server.enqueue(new MockResponse().setResponseCode(200));

    ApiDecodeException e = assertThrows(ApiDecodeException.class,
        () -> client.calls().orders().getOrder(ID).execute());

    assertEquals("Expected a JSON OrderDocument but the body was empty", e.getMessage());
  }

  @Test
  void noContentOnAnOperationWithoutABodySucceeds() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));

    Response<Void> response = client.calls().callbacks().deleteCallback().execute();

    assertEquals(204, response.code());
    assertNull(response.body());
    assertEquals("DELETE /callback HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void bodyStillDecodesAfterTheCheck() throws Exception {
    server.enqueue(json(200, seed("order.json")));

    assertEquals(ID, client.calls().orders().getOrder(ID).execute().body().getData().getId());
  }
}
