package com.example.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import okhttp3.Protocol;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's quick start itself ({@link QuickStart#run()}, its code unchanged: the providers'
 * default URLs, the credentials from the environment this POM's surefire sets) against MockWebServer.
 * Only the JVM around it differs: every connection goes through MockWebServer as an HTTPS proxy
 * (CONNECT, then TLS with a certificate made here for the three provider hosts, which the JVM is told
 * to trust), so the requests the quick start sends and the answers it decodes are the real ones.
 */
class QuickStartTest {
  private static final String PASSWORD = "quickstart";
  private static final List<String> HOSTS = Arrays.asList("integrator-api.cyclis.be", "api.eu.cyclr.com", "eu.cyclr.com");

  private final MockWebServer server = new MockWebServer();
  private ProxySelector originalProxySelector;

  @BeforeEach
  void serveTheProvidersThroughAProxy(@TempDir File directory) throws Exception {
    File keyStore = new File(directory, "providers.p12");
    makeCertificate(keyStore);
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(keyStore)) {
      keys.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, PASSWORD.toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keyManagers.getKeyManagers(), null, null);
    server.useHttps(tls.getSocketFactory(), true);
    // HTTP/1.1, not HTTP/2, so that the recorded requests have a Host header to check.
    server.setProtocols(Collections.singletonList(Protocol.HTTP_1_1));
    server.start();

    // The clients trust the JVM's default trust store: make it the certificate above.
    System.setProperty("javax.net.ssl.trustStore", keyStore.getPath());
    System.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
    System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    originalProxySelector = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return Collections.singletonList(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(server.getHostName(), server.getPort())));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
    });
  }

  @AfterEach
  void stopServing() throws IOException {
    ProxySelector.setDefault(originalProxySelector);
    System.clearProperty("javax.net.ssl.trustStore");
    System.clearProperty("javax.net.ssl.trustStorePassword");
    System.clearProperty("javax.net.ssl.trustStoreType");
    server.shutdown();
  }

  @Test
  void quickStartListsCyclistsAndAccountsFromTheProviders() throws Exception {
    tunnel();
    answer("{\"data\":[{\"id\":\"497f6eca-6276-4993-bfeb-53cbbbba6f08\",\"type\":\"cyclist\","
        + "\"attributes\":{\"first_name\":\"John\",\"last_name\":\"Doe\",\"email\":\"user@example.com\"}}]}");
    tunnel();
    answer("{\"token_type\":\"bearer\",\"access_token\":\"t0k3n\",\"expires_in\":1209599}");
    tunnel();
    answer("[{\"Id\":\"00000000000000000000000000000000\",\"Name\":\"Demo Account\"}]");

    QuickStart.Answers answers = QuickStart.run();

    assertEquals("user@example.com", answers.cyclists.getData().get(0).getAttributes().getEmail());
    assertEquals("Demo Account", answers.accounts.get(0).getName());
    assertEquals(Arrays.asList(
            "CONNECT integrator-api.cyclis.be:443 HTTP/1.1",
            "GET /cyclists?filter%5Bemail%5D=user%40example.com Host=integrator-api.cyclis.be API-TOKEN=quickstart-token",
            "CONNECT api.eu.cyclr.com:443 HTTP/1.1",
            "POST /oauth/token Host=api.eu.cyclr.com "
                + "grant_type=client_credentials&client_id=quickstart-id&client_secret=quickstart-secret",
            "CONNECT eu.cyclr.com:443 HTTP/1.1",
            "GET /api/partner/accounts Host=eu.cyclr.com Authorization=Bearer t0k3n"),
        Arrays.asList(take(), take("API-TOKEN"), take(), take(), take(), take("Authorization")));
    assertEquals(6, server.getRequestCount(), "requests beyond the quick start's");
  }

  private void tunnel() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.UPGRADE_TO_SSL_AT_END));
  }

  private void answer(String json) {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(json));
  }

  /** The next request: a CONNECT as its request line, a call as method, path, host, the header asked for and body. */
  private String take(String... headers) throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    if (request == null) {
      return "(no request)";
    }
    if (request.getMethod().equals("CONNECT")) {
      return request.getRequestLine();
    }
    StringBuilder line = new StringBuilder(request.getMethod() + " " + request.getPath()
        + " Host=" + request.getHeader("Host"));
    for (String header : headers) {
      line.append(' ').append(header).append('=').append(request.getHeader(header));
    }
    String body = request.getBody().readUtf8();
    return body.isEmpty() ? line.toString() : line + " " + body;
  }

  /** A self-signed certificate naming the providers' hosts, made with the JDK's keytool. */
  private static void makeCertificate(File keyStore) throws IOException, InterruptedException {
    StringBuilder names = new StringBuilder();
    for (String host : HOSTS) {
      names.append(names.length() == 0 ? "SAN=" : ",").append("dns:").append(host);
    }
    File keytool = new File(System.getProperty("java.home"), "bin/keytool");
    if (!keytool.exists()) {
      keytool = new File(keytool.getPath() + ".exe");
    }
    Process process = new ProcessBuilder(keytool.getPath(), "-genkeypair", "-keystore", keyStore.getPath(),
        "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD, "-alias", "providers",
        "-keyalg", "EC", "-keysize", "256", "-validity", "2", "-dname", "CN=quickstart providers",
        "-ext", names.toString())
        .redirectErrorStream(true).redirectOutput(new File(keyStore.getPath() + ".log")).start();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool failed; see " + keyStore + ".log");
    }
  }
}
