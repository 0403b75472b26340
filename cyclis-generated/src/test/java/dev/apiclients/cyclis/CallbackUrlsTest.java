package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.assertJsonEquals;
import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclis.api.CallbacksApiService;
import dev.apiclients.cyclis.model.CallbackRegistrationAttributes;
import dev.apiclients.cyclis.model.RegisteredCallbackDocument;
import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.ApiLogger;
import dev.apiclients.runtime.testing.SecretScan;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallbackUrlsTest {
  private static final URI URL = URI.create("https://hooks.example.com/cyclis/6f1c0b9e8d7a");
  private static final String NOT_HTTPS =
      "url must be an absolute https URL (http only to localhost, 127.x.y.z or ::1); nothing was sent";
  private static final String REGISTERED =
      "{\"data\":{\"type\":\"orderCallback\",\"attributes\":{\"uuid\":\"095be615-a8ad-4c33-8e9c-c7612fbf6c9f\"}}}";

  private final MockWebServer server = new MockWebServer();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void replaceDeletesTheActiveUrlThenRegistersTheNewOne() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(json(201, REGISTERED));

    try (CyclisClient cyclis = clientFor(server).build()) {
      RegisteredCallbackDocument registered = cyclis.callbackUrls().replace(URL);

      assertEquals(UUID.fromString("095be615-a8ad-4c33-8e9c-c7612fbf6c9f"),
          registered.getData().getAttributes().getUuid());
    }
    RecordedRequest delete = server.takeRequest();
    assertEquals("DELETE /callback HTTP/1.1", delete.getRequestLine());
    assertEquals(CyclisTestServer.TOKEN, delete.getHeader("API-TOKEN"));
    RecordedRequest register = server.takeRequest();
    assertEquals("POST /callback HTTP/1.1", register.getRequestLine());
    assertEquals(CyclisTestServer.TOKEN, register.getHeader("API-TOKEN"));
    assertJsonEquals("{\"data\":{\"type\":\"orderCallback\",\"attributes\":{\"url\":\"" + URL + "\"}}}",
        register.getBody().readUtf8());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void deleteAnswered404MeansNothingWasActiveAndRegistrationGoesAhead() throws Exception {
    server.enqueue(json(404, "{\"error\":\"NOTFOUND\",\"message\":\"No callback\"}"));
    server.enqueue(json(200, REGISTERED));

    try (CyclisClient cyclis = clientFor(server).build()) {
      cyclis.callbackUrls().replace(URL);
    }
    assertEquals("DELETE /callback HTTP/1.1", server.takeRequest().getRequestLine());
    assertEquals("POST /callback HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void failedDeleteStopsBeforeRegistering() throws Exception {
    server.enqueue(json(403, "{\"error\":\"NOACC\",\"message\":\"Not allowed\"}"));

    try (CyclisClient cyclis = clientFor(server).build()) {
      ApiHttpException.ForbiddenException e =
          assertThrows(ApiHttpException.ForbiddenException.class, () -> cyclis.callbackUrls().replace(URL));
      assertEquals("NOACC", e.errorCode());
    }
    assertEquals("DELETE /callback HTTP/1.1", server.takeRequest().getRequestLine());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void failedRegistrationIsThrownAndNeverRetried() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(json(503, "{\"error\":\"DOWN\",\"message\":\"Try later\"}"));
    server.enqueue(json(201, REGISTERED)); // What a retry would get: it must stay unused.

    try (CyclisClient cyclis = clientFor(server).build()) {
      ApiHttpException.ServerErrorException e =
          assertThrows(ApiHttpException.ServerErrorException.class, () -> cyclis.callbackUrls().replace(URL));
      assertEquals(503, e.statusCode());
    }
    assertEquals("DELETE /callback HTTP/1.1", server.takeRequest().getRequestLine());
    assertEquals("POST /callback HTTP/1.1", server.takeRequest().getRequestLine());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void registrationCutOffIsThrownAndNeverRetried() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(201, REGISTERED));

    try (CyclisClient cyclis = clientFor(server).build()) {
      assertThrows(ApiConnectionException.class, () -> cyclis.callbackUrls().replace(URL));
    }
    assertEquals("DELETE /callback HTTP/1.1", server.takeRequest().getRequestLine());
    assertEquals("POST /callback HTTP/1.1", server.takeRequest().getRequestLine());
    assertEquals(null, server.takeRequest(200, TimeUnit.MILLISECONDS));
  }

  @Test
  void badUrlIsRefusedBeforeTheActiveOneIsCleared() throws Exception {
    try (CyclisClient cyclis = clientFor(server).build()) {
      IllegalArgumentException relative = assertThrows(IllegalArgumentException.class,
          () -> cyclis.callbackUrls().replace(URI.create("/cyclis/6f1c0b9e8d7a")));
      IllegalArgumentException ftp = assertThrows(IllegalArgumentException.class,
          () -> cyclis.callbackUrls().replace(URI.create("ftp://hooks.example.com/6f1c0b9e8d7a")));
      IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
          () -> cyclis.callbackUrls().replace(null));

      assertEquals(NOT_HTTPS, relative.getMessage());
      assertEquals(NOT_HTTPS, ftp.getMessage());
      assertEquals("url is required; nothing was sent", none.getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void plainHttpUrlIsRefusedBeforeTheActiveOneIsClearedWithoutEchoingIt() throws Exception {
    // What the calls would get, were they sent: they must stay unused.
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(json(201, REGISTERED));

    try (CyclisClient cyclis = clientFor(server).build()) {
      IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
          () -> cyclis.callbackUrls().replace(URI.create("http://hooks.example.com/cyclis/6f1c0b9e8d7a")));

      assertEquals(NOT_HTTPS, e.getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void plainHttpUrlOnLoopbackIsRegistered() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(json(201, REGISTERED));

    try (CyclisClient cyclis = clientFor(server).build()) {
      cyclis.callbackUrls().replace(URI.create("http://localhost:8080/cyclis/6f1c0b9e8d7a"));
    }
    assertEquals("DELETE /callback HTTP/1.1", server.takeRequest().getRequestLine());
    assertJsonEquals("{\"data\":{\"type\":\"orderCallback\",\"attributes\":"
        + "{\"url\":\"http://localhost:8080/cyclis/6f1c0b9e8d7a\"}}}", server.takeRequest().getBody().readUtf8());
  }

  @Test
  void urlIsMaskedInTheBodyLogAndInToString() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(json(201, REGISTERED));
    List<String> lines = new CopyOnWriteArrayList<>();

    try (CyclisClient cyclis = clientFor(server).logger(lines::add, ApiLogger.Level.BODY).build()) {
      cyclis.callbackUrls().replace(URL);
    }

    assertTrue(lines.contains("{\"data\":{\"attributes\":{\"url\":\"***\"},\"type\":\"orderCallback\"}}"),
        lines::toString);
    new SecretScan("6f1c0b9e8d7a").lines("log", lines)
        .text("attributes", new CallbackRegistrationAttributes().url(URL).toString())
        .assertNoLeaks();
    assertEquals("CallbackRegistrationAttributes{url=***}", new CallbackRegistrationAttributes().url(URL).toString());
    assertEquals("CallbackRegistrationAttributes{url=null}", new CallbackRegistrationAttributes().toString());
  }

  @Test
  void clearSendsOneDelete() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));

    try (CyclisClient cyclis = clientFor(server).build()) {
      cyclis.callbackUrls().clear();
    }
    assertEquals("DELETE /callback HTTP/1.1", server.takeRequest().getRequestLine());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void replaceAndClearDeclareWhatTheServicesDeclare() throws Exception {
    // A caller catching what cyclis.callbacks() throws must be able to catch what these throw, and no more.
    List<Class<?>> services = List.of(CallbacksApiService.class.getMethod("deleteCallback").getExceptionTypes());

    assertEquals(services, List.of(CallbackUrls.class.getMethod("replace", URI.class).getExceptionTypes()));
    assertEquals(services, List.of(CallbackUrls.class.getMethod("clear").getExceptionTypes()));
  }
}
