package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.internal.Version;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The base URL a {@link ClientBuilder} accepts, and what {@link Transport#close} releases. */
class ClientBuilderTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "https://api.example.org/v1, https://api.example.org/v1/",
      "https://api.example.org/v1/, https://api.example.org/v1/",
      "http://127.0.0.1:8080/api, http://127.0.0.1:8080/api/",
      "http://127.255.0.9/, http://127.255.0.9/",
      "http://localhost/, http://localhost/",
      "'http://[::1]:9000/', 'http://[::1]:9000/'"})
  void baseUrlIsTakenWithATrailingSlash(String given, String taken) {
    assertEquals(taken, builder(given).baseUrl().toString());
  }

  @Test
  void laterBaseUrlReplacesTheSpecsServer() {
    assertEquals("https://eu.example.org/v2/", builder("https://api.example.org/v1").baseUrl("https://eu.example.org/v2")
        .baseUrl().toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http://api.example.org/", "http://127.example.com/", "http://128.0.0.1/"})
  void plainHttpOffLoopbackIsRefused(String url) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder(url));
    assertEquals("The base URL must use https (http is allowed only on loopback): " + url, e.getMessage());
  }

  @Test
  void notAUrlIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder("ftp://x/"));
    assertEquals("Not an http(s) URL: ftp://x/", e.getMessage());
  }

  @Test
  void closeReleasesTheClientItCreated() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody("ok"));
      Transport transport = builder(server.url("/").toString()).buildTransport();
      assertEquals("ok", transport.okHttpClient().newCall(new Request.Builder().url(server.url("/")).build())
          .execute().body().string());
      assertEquals(1, transport.okHttpClient().connectionPool().connectionCount());

      transport.close();

      assertTrue(transport.okHttpClient().dispatcher().executorService().isShutdown());
      assertEquals(0, transport.okHttpClient().connectionPool().connectionCount());
    }
  }

  @Test
  void closeLeavesTheCallersClientRunning() throws Exception {
    OkHttpClient callers = new OkHttpClient();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setBody("ok"));
      Transport transport = builder(server.url("/").toString()).okHttpClient(callers).buildTransport();
      assertEquals("ok", transport.okHttpClient().newCall(new Request.Builder().url(server.url("/")).build())
          .execute().body().string());

      transport.close();

      assertFalse(callers.dispatcher().executorService().isShutdown());
      assertEquals(1, callers.connectionPool().connectionCount());
    } finally {
      callers.dispatcher().executorService().shutdown();
      callers.connectionPool().evictAll();
    }
  }

  @Test
  void settingsReachTheClientAndTheApplicationIsNamedInTheUserAgent() throws Exception {
    try (MockWebServer server = new MockWebServer();
        Transport transport = builder(server.url("/").toString())
            .connectTimeout(1, TimeUnit.SECONDS).readTimeout(2, TimeUnit.SECONDS)
            .writeTimeout(3, TimeUnit.SECONDS).callTimeout(4, TimeUnit.SECONDS)
            .appInfo("MyApp", "2.1").buildTransport()) {
      server.enqueue(new MockResponse());
      OkHttpClient client = transport.okHttpClient();
      client.newCall(new Request.Builder().url(server.url("/")).build()).execute().close();

      assertEquals(1000, client.connectTimeoutMillis());
      assertEquals(2000, client.readTimeoutMillis());
      assertEquals(3000, client.writeTimeoutMillis());
      assertEquals(4000, client.callTimeoutMillis());
      assertEquals("client-runtime-test/1.0.0-test (Items API _test_ 2.0) " + Version.userAgent() + " java/"
          + System.getProperty("java.version") + " MyApp/2.1", server.takeRequest().getHeader("User-Agent"));
    }
  }

  @Test
  void userAgentTheRequestAlreadyCarriesIsKept() throws Exception {
    try (MockWebServer server = new MockWebServer();
        Transport transport = builder(server.url("/").toString()).buildTransport()) {
      server.enqueue(new MockResponse());
      transport.okHttpClient().newCall(new Request.Builder().url(server.url("/")).header("User-Agent", "Mine/1")
          .build()).execute().close();

      assertEquals("Mine/1", server.takeRequest().getHeader("User-Agent"));
    }
  }

  private static TestClientBuilder builder(String baseUrl) {
    return new TestClientBuilder(baseUrl, Collections.singleton("Password"));
  }
}
