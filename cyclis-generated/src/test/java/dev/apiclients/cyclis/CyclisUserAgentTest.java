package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static dev.apiclients.cyclis.CyclisTestServer.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.testing.DefaultUserAgent;
import java.nio.file.Paths;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The User-Agent every request carries: the client, the spec, OkHttp, Java, then the application. */
class CyclisUserAgentTest {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void setUp() throws Exception {
    server.start();
  }

  @AfterEach
  void tearDown() throws Exception {
    server.shutdown();
  }

  private String sentUserAgent(CyclisClient client) throws Exception {
    server.enqueue(json(200, seed("order.json")));
    try {
      client.calls().orders().getOrder(ID).execute();
    } finally {
      client.close();
    }
    return server.takeRequest().getHeader("User-Agent");
  }

  @Test
  void defaultNamesClientSpecOkHttpAndJava() throws Exception {
    String userAgent = sentUserAgent(clientFor(server).build());

    String expected = DefaultUserAgent.pattern("cyclis-generated",
        Paths.get("../cyclis-spec/src/main/resources/openapi/cyclis-integrator-api.yaml"));
    assertTrue(userAgent.matches(expected), userAgent);
  }

  @Test
  void appInfoIsAppended() throws Exception {
    String userAgent = sentUserAgent(clientFor(server).appInfo("BikeDesk", "4.2.0").build());

    assertTrue(userAgent.startsWith("cyclis-generated/"), userAgent);
    assertTrue(userAgent.endsWith(" java/" + System.getProperty("java.version") + " BikeDesk/4.2.0"), userAgent);
  }

  @Test
  void aUserAgentOfTheCallersOwnClientWins() throws Exception {
    OkHttpClient own = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", "gateway/7").build()))
        .build();

    assertEquals("gateway/7", sentUserAgent(clientFor(server).okHttpClient(own).appInfo("BikeDesk", "4.2.0").build()));
  }

  @Test
  void appInfoThatIsNotATokenIsRefusedAtOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CyclisClient.builder().appInfo("Bike Desk", "4.2.0"));

    assertEquals("appInfo name must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~),"
        + " but has ' ' at index 4: Bike Desk", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
