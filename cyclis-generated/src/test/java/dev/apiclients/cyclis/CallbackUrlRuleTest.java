package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.assertJsonEquals;
import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;

import dev.apiclients.cyclis.model.CallbackRegistration;
import dev.apiclients.cyclis.model.CallbackRegistrationAttributes;
import dev.apiclients.cyclis.model.CallbackRegistrationRequest;
import dev.apiclients.cyclis.model.CallbackType;
import dev.apiclients.runtime.testing.ServedClient;
import java.net.URI;
import java.util.concurrent.CompletionException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The callback URL carries the receiver's secret: every layer refuses, before sending, one that
 * would travel in the clear, and the refusal does not repeat it.
 */
class CallbackUrlRuleTest {
  private static final String SECRET = "6f1c0b9e8d7a4c2b";
  private static final String REFUSED = "CallbackRegistrationRequest data.attributes.url must be an absolute https URL"
      + " (http only to localhost, 127.x.y.z or ::1); nothing was sent";
  private static final String REGISTERED =
      "{\"data\":{\"type\":\"orderCallback\",\"attributes\":{\"uuid\":\"095be615-a8ad-4c33-8e9c-c7612fbf6c9f\"}}}";

  @RegisterExtension
  final ServedClient<CyclisClient> served = ServedClient.start(server -> clientFor(server).build());
  private final MockWebServer server = served.server();
  private final CyclisClient cyclis = served.client();

  @ParameterizedTest
  @ValueSource(strings = {"http://hooks.example.com/cyclis/", "http://127.example.com/cyclis/",
      "http://localhost@hooks.example.com/cyclis/", "ftp://hooks.example.com/cyclis/", "/cyclis/"})
  void serviceRefusesAUrlThatIsNotHttpsWithoutEchoingIt(String url) {
    IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
        () -> cyclis.callbacks().registerCallback(attributes(url + SECRET)));

    assertEquals(REFUSED, e.getMessage());
    assertFalse(e.toString().contains(SECRET), e::toString);
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void everyLayerRefusesPlainHttp() {
    CallbackRegistrationAttributes plain = attributes("http://hooks.example.com/cyclis/" + SECRET);
    CallbackRegistrationRequest request = new CallbackRegistrationRequest()
        .data(new CallbackRegistration().type(CallbackType.ORDER_CALLBACK).attributes(plain));

    IllegalArgumentException retrofit = assertThrowsExactly(IllegalArgumentException.class,
        () -> cyclis.calls().callbacks().registerCallback(request).execute());
    CompletionException async = assertThrowsExactly(CompletionException.class,
        () -> cyclis.async().callbacks().registerCallback(plain).join());

    assertEquals(REFUSED, retrofit.getMessage());
    assertEquals(IllegalArgumentException.class, async.getCause().getClass());
    assertEquals(REFUSED, async.getCause().getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://hooks.example.com/cyclis/", "HTTPS://hooks.example.com/cyclis/",
      "http://localhost:8080/cyclis/", "http://127.0.0.1/cyclis/", "http://[::1]:8080/cyclis/"})
  void httpsOrLoopbackUrlIsSent(String url) throws Exception {
    server.enqueue(json(201, REGISTERED));

    cyclis.callbacks().registerCallback(attributes(url + SECRET));

    assertJsonEquals("{\"data\":{\"type\":\"orderCallback\",\"attributes\":{\"url\":\"" + url + SECRET + "\"}}}",
        server.takeRequest().getBody().readUtf8());
  }

  private static CallbackRegistrationAttributes attributes(String url) {
    return new CallbackRegistrationAttributes().url(URI.create(url));
  }
}
