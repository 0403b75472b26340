package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static dev.apiclients.cyclis.CyclisTestServer.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static String specVersion() throws Exception {
    String yaml = new String(Files.readAllBytes(
        Paths.get("../cyclis-spec/src/main/resources/openapi/cyclis-integrator-api.yaml")), StandardCharsets.UTF_8);
    Matcher version = Pattern.compile("(?m)^  version: ['\"]?([0-9.]+)").matcher(yaml);
    assertTrue(version.find());
    return version.group(1);
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

    String expected = "cyclis-generated/[0-9][^ ]* \\(Cyclis Integrator API " + Pattern.quote(specVersion())
        + "\\) okhttp/3\\.14\\.9 java/" + Pattern.quote(System.getProperty("java.version"));
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
