package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the {@link ClientBuilder#logger} setting writes, and what it never writes. */
class ClientBuilderLoggingTest {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final MockWebServer server = new MockWebServer();
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @AfterEach
  void tearDown() throws Exception {
    server.shutdown();
  }

  @Test
  void bodyLevelMasksSecretHeadersAndSecretFieldsOfBothDirections() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setHeader("Set-Cookie", "session=cookie-4711")
        .setBody("{\"Password\":\"answer-pw-0815\",\"refresh_token\":\"refresh-0815\",\"Name\":\"kept\"}"));

    post(ApiLogger.Level.BODY, "{\"password\":\"hunter2\",\"Name\":\"visible\"}");

    for (String line : lines) {
      for (String secret : new String[] {"hunter2", "bearer-4711", "api-token-4711", "cookie-4711",
          "answer-pw-0815", "refresh-0815"}) {
        assertFalse(line.contains(secret), () -> "'" + secret + "' in: " + line);
      }
    }
    assertTrue(lines.contains("Authorization: ██"), lines::toString);
    assertTrue(lines.contains("API-TOKEN: ██"), lines::toString);
    assertTrue(lines.contains("Set-Cookie: ██"), lines::toString);
    assertTrue(lines.contains("{\"password\":\"***\",\"Name\":\"visible\"}"), lines::toString);
    assertTrue(lines.contains("{\"Password\":\"***\",\"refresh_token\":\"***\",\"Name\":\"kept\"}"), lines::toString);
  }

  @Test
  void bodyLevelMasksSecretsOfAnyLength() throws Exception {
    // A PEM key as a connector password: masking once overflowed the stack at about 1,500 characters.
    String key = "-----BEGIN PRIVATE KEY-----\\n" + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC".repeat(3_000)
        + "\\n-----END PRIVATE KEY-----";
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("{\"Password\":\"" + key + "\",\"Name\":\"kept\"}"));

    post(ApiLogger.Level.BODY, "{\"Password\":\"" + key + "\",\"Name\":\"visible\"}");

    assertTrue(lines.contains("{\"Password\":\"***\",\"Name\":\"visible\"}"), lines::toString);
    assertTrue(lines.contains("{\"Password\":\"***\",\"Name\":\"kept\"}"), lines::toString);
  }

  /** The logger's body is inflated below it, bounded, and the caller gets it inflated once. */
  @Test
  void bodyLevelLogsAGzippedAnswerInflatedAndTheCallerReadsItOnce() throws Exception {
    okio.Buffer gzipped = new okio.Buffer();
    try (okio.BufferedSink sink = okio.Okio.buffer(new okio.GzipSink(gzipped))) {
      sink.writeUtf8("{\"Name\":\"inflated\"}");
    }
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").setBody(gzipped));

    String body = post(ApiLogger.Level.BODY, "{}");

    assertEquals("{\"Name\":\"inflated\"}", body);
    assertTrue(lines.contains("{\"Name\":\"inflated\"}"), lines::toString);
  }

  @Test
  void basicLevelLogsOneLineEachWay() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));

    post(ApiLogger.Level.BASIC, "{\"password\":\"hunter2\"}");

    assertEquals(2, lines.size(), lines::toString);
    assertEquals("--> POST " + server.url("/things") + " http/1.1 (22-byte body)", lines.get(0));
    assertTrue(lines.get(1).startsWith("<-- 200 OK " + server.url("/things") + " ("), lines.get(1));
  }

  @Test
  void bodiesLongerThan64KiCharactersAreCut() throws Exception {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 70_000; i++) {
      name.append('n');
    }
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("{\"Name\":\"" + name + "\"}"));

    post(ApiLogger.Level.BODY, "{}");

    String cut = lines.stream().filter(line -> line.startsWith("{\"Name\"")).findFirst().orElseThrow();
    assertEquals(64 * 1024 + "... (4475 more characters)".length(), cut.length());
    assertTrue(cut.endsWith("nnn... (4475 more characters)"), cut.substring(cut.length() - 40));
  }

  @Test
  void bodiesOfExactly64KiCharactersAreLoggedWhole() throws Exception {
    String body = "{\"Name\":\"" + "n".repeat(64 * 1024 - 11) + "\"}";
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(body));

    post(ApiLogger.Level.BODY, "{}");

    assertTrue(lines.contains(body), "the 64 Ki body is not logged whole");
  }

  @Test
  void noLoggerNoLines() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));

    try (Transport transport = new TestClientBuilder(server.url("/").toString(), Collections.singleton("Password"))
        .buildTransport()) {
      transport.okHttpClient().newCall(new Request.Builder().url(server.url("/things")).build()).execute().close();
    }

    assertEquals("GET /things HTTP/1.1", server.takeRequest().getRequestLine());
    assertTrue(lines.isEmpty(), lines::toString);
  }

  private String post(ApiLogger.Level level, String json) throws Exception {
    TestClientBuilder builder = new TestClientBuilder(server.url("/").toString(), Collections.singleton("Password"))
        .logger(lines::add, level);
    try (Transport transport = builder.buildTransport();
        Response response = transport.okHttpClient().newCall(new Request.Builder()
            .url(server.url("/things"))
            .header("Authorization", "Bearer bearer-4711")
            .header("API-TOKEN", "api-token-4711")
            .post(RequestBody.create(JSON, json))
            .build()).execute()) {
      assertEquals(200, response.code());
      String body = response.body().string();
      assertEquals("POST /things HTTP/1.1", server.takeRequest().getRequestLine());
      return body;
    }
  }
}
