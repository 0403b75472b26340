package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retrofit2.Call;

/** What {@code execute()} of a call made through a {@link ClientBuilder}'s stack reports when it fails. */
class ClientBuilderErrorsTest {
  @RegisterExtension
  final ServedItemsApi served = new ServedItemsApi("/v1/", builder -> builder
      .retryPolicy(RetryPolicy.builder().maxRetries(0).build())
      .callTimeout(5, TimeUnit.SECONDS), RequestRule.NONE);
  private final MockWebServer server = served.server;
  private final Transport transport = served.transport;
  private final ItemsApi api = served.api;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "400, BadRequestException", "401, UnauthorizedException", "403, ForbiddenException",
      "404, NotFoundException", "429, RateLimitedException", "500, ServerErrorException",
      "503, ServerErrorException", "409, ApiHttpException", "499, ApiHttpException"})
  void errorStatusBecomesItsTypedException(int status, String type) {
    server.enqueue(new MockResponse().setResponseCode(status));

    ApiHttpException e = assertThrows(ApiHttpException.class, () -> api.get("7").execute());

    assertEquals(type, e.getClass().getSimpleName());
    assertEquals(status, e.statusCode());
  }

  @Test
  void errorCarriesTheProvidersCodeMessageBodyHeadersAndRequest() {
    String body = "{\"error\":\"NOACC\",\"detail\":{\"message\":\"No access to account 7\"}}";
    server.enqueue(new MockResponse().setResponseCode(403).setHeader("X-Request-Id", "r-1").setBody(body));

    ApiHttpException e = assertThrows(ApiHttpException.class, () -> api.get("7").execute());

    assertEquals("HTTP 403 NOACC: No access to account 7", e.getMessage());
    assertEquals("NOACC", e.errorCode());
    assertEquals("No access to account 7", e.errorMessage());
    assertEquals(body, e.rawBody());
    assertEquals("r-1", e.headers().get("X-Request-Id"));
    assertEquals("GET", e.requestMethod());
    assertEquals(server.url("/v1/items/7").toString(), e.requestUrl());
  }

  @Test
  void errorKeepsItsBodyWithSecretFieldsMasked() {
    // An error answer may echo the request, credentials included.
    server.enqueue(new MockResponse().setResponseCode(400).setBody(
        "{\"error\":\"INVALID\",\"detail\":{\"message\":\"Bad login\"},\"password\":\"hunter2\"}"));

    ApiHttpException e = assertThrows(ApiHttpException.class, () -> api.get("7").execute());

    assertEquals("HTTP 400 INVALID: Bad login", e.getMessage());
    assertEquals("{\"error\":\"INVALID\",\"detail\":{\"message\":\"Bad login\"},\"password\":\"***\"}",
        e.rawBody());
  }

  @Test
  void errorWithoutABodyHasAnEmptyRawBodyAndNoProviderError() {
    server.enqueue(new MockResponse().setResponseCode(500));

    ApiHttpException e = assertThrows(ApiHttpException.class, () -> api.get("7").execute());

    assertEquals("HTTP 500", e.getMessage());
    assertEquals("", e.rawBody());
    assertNull(e.errorCode());
    assertNull(e.errorMessage());
  }

  @Test
  void errorBodyThatIsNotJsonIsKeptWhole() {
    server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad gateway</html>"));

    ApiHttpException e = assertThrows(ApiHttpException.class, () -> api.get("7").execute());

    assertEquals("HTTP 502", e.getMessage());
    assertEquals("<html>Bad gateway</html>", e.rawBody());
  }

  @Test
  void noContentWhereTheOperationPromisesABodyIsADecodeFailure() {
    server.enqueue(new MockResponse().setResponseCode(204));

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> api.get("7").execute());

    assertEquals("Expected a JSON Item but the answer was HTTP 204 without a body (GET /v1/items/7)",
        e.getMessage());
    assertEquals("", e.rawBody());
  }

  @Test
  void decodeFailureOfAnAnswerWithoutBodyNamesTheGenericTypeAsTheJavadocDoes() {
    server.enqueue(new MockResponse().setResponseCode(205));
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(new MockResponse().setResponseCode(204));

    ApiDecodeException list = assertThrows(ApiDecodeException.class, () -> api.list("a").execute());
    ApiDecodeException map = assertThrows(ApiDecodeException.class, () -> api.index().execute());
    ApiDecodeException pages = assertThrows(ApiDecodeException.class, () -> api.pages().execute());

    assertEquals("Expected a JSON List<Item> but the answer was HTTP 205 without a body (GET /v1/items)",
        list.getMessage());
    assertEquals("Expected a JSON Map<String, List<Item>> but the answer was HTTP 204 without a body (GET /v1/index)",
        map.getMessage());
    assertEquals("Expected a JSON java.util.List<" + ItemsApi.Item.class.getName() + ">[] but the answer was HTTP 204"
        + " without a body (GET /v1/pages)", pages.getMessage());
  }

  @Test
  void noContentForAnOperationWithoutBodySucceeds() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));

    retrofit2.Response<Void> response = api.delete("7").execute();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  @Test
  void successCarriesTheDecodedBody() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"name\":\"spoon\",\"note\":\"silver\"}"));

    ItemsApi.Item item = api.get("7").execute().body();

    assertEquals("spoon", item.name);
    assertEquals("silver", item.note);
  }

  @Test
  void connectionFailureNamesTheRequestAndKeepsTheCause() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    ApiConnectionException e = assertThrows(ApiConnectionException.class,
        () -> api.create(ItemsApi.Item.named("spoon")).execute());

    assertTrue(e.getMessage().startsWith("POST /v1/items failed: "), e.getMessage());
    assertTrue(e.getCause() instanceof IOException);
    assertFalse(e.getCause() instanceof ApiException);
  }

  @Test
  void callReportsItsRequestAndStateAndClonesIntoAFreshCall() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"name\":\"one\"}"));
    server.enqueue(new MockResponse().setBody("{\"name\":\"two\"}"));
    Call<ItemsApi.Item> call = api.get("7");

    assertEquals(server.url("/v1/items/7"), call.request().url());
    assertFalse(call.isExecuted());
    assertEquals("one", call.execute().body().name);
    assertTrue(call.isExecuted());

    Call<ItemsApi.Item> again = call.clone();
    assertFalse(again.isExecuted());
    assertEquals("two", again.execute().body().name);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void callTimeoutIsTheWholeCallsTimeout() {
    assertEquals(TimeUnit.SECONDS.toNanos(5), api.get("7").timeout().timeoutNanos());
  }

  @Test
  void cancelledCallSaysSoAndIsNotSent() {
    Call<ItemsApi.Item> call = api.get("7");
    assertFalse(call.isCanceled());

    call.cancel();

    assertTrue(call.isCanceled());
    ApiConnectionException e = assertThrows(ApiConnectionException.class, call::execute);
    assertEquals("GET /v1/items/7 failed: java.io.IOException: Canceled", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
