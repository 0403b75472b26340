package dev.apiclients.cyclr;

import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.runtime.RetryPolicy;
import dev.apiclients.runtime.testing.RequiredInputs;
import dev.apiclients.runtime.testing.ServedClient;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Shared set-up for tests that point a {@link CyclrClient} at a {@link MockWebServer}. */
final class TestServers {
  static final String CLIENT_ID = "partner-client";
  static final String CLIENT_SECRET = "s3cret+client/secret=";

  private TestServers() {}

  /** The server's URL on 127.0.0.1, which the builders accept over plain http. */
  static HttpUrl loopback(MockWebServer server, String path) {
    return ServedClient.loopback(server, path);
  }

  /** A builder for {@code server}, with fast retries so that tests do not wait. */
  static CyclrClient.Builder builderFor(MockWebServer server) {
    return CyclrClient.builder()
        .baseUrl(loopback(server, "/api/partner/").toString())
        .tokenUrl(loopback(server, "/oauth/token").toString())
        .retryPolicy(RetryPolicy.builder().initialBackoffMillis(1).build());
  }

  /** A client that fetches tokens with {@link #CLIENT_ID} and {@link #CLIENT_SECRET}. */
  static CyclrClient oauthClient(MockWebServer server) {
    return builderFor(server).clientCredentials(CLIENT_ID, CLIENT_SECRET).build();
  }

  /**
   * {@link RequiredInputs#validArguments} that the client also sends: every field is set there, but
   * Cyclr takes a connector's API key or a user name and password, not both.
   */
  static Object[] sendableArguments(Method operation) {
    Object[] arguments = RequiredInputs.validArguments(operation);
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i] instanceof InstallConnectorRequest) {
        arguments[i] = ((InstallConnectorRequest) arguments[i]).username(null).password(null);
      }
    }
    return arguments;
  }

  static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8").setBody(body);
  }

  static MockResponse json(int status, String body) {
    return json(body).setResponseCode(status);
  }

  /** A token answer in the shape of Cyclr's documentation. */
  static MockResponse token(String accessToken, long expiresIn) {
    return json("{\"token_type\":\"bearer\",\"access_token\":\"" + accessToken + "\",\"expires_in\":"
        + expiresIn + ",\"clientId\":\"" + CLIENT_ID + "\"}");
  }

  /**
   * Answers token requests with {@code token-1}, {@code token-2}, … (14-day lifetime) and API
   * calls with {@code api}; for tests whose requests arrive in no fixed order.
   */
  static final class Routing extends Dispatcher {
    final AtomicInteger tokensIssued = new AtomicInteger();
    final AtomicInteger apiCalls = new AtomicInteger();
    private final Function<RecordedRequest, MockResponse> api;

    Routing(Function<RecordedRequest, MockResponse> api) {
      this.api = api;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (request.getPath().equals("/oauth/token")) {
        // A slow token endpoint gives concurrent callers time to pile up behind the first request.
        return token("token-" + tokensIssued.incrementAndGet(), 1209599)
            .setHeadersDelay(100, java.util.concurrent.TimeUnit.MILLISECONDS);
      }
      apiCalls.incrementAndGet();
      return api.apply(request);
    }
  }
}
