package dev.apiclients.contract;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclr.CyclrClient;
import dev.apiclients.cyclr.api.OAuthApi;
import dev.apiclients.runtime.RetryPolicy;
import dev.apiclients.runtime.codegen.WireAdapters;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/** The generated clients as the contract tests use them: pointed at a loopback server, never retrying. */
final class TestClients {
  /** The token endpoint's calls share one plain OkHttp client: they need none of a client's settings. */
  private static final OkHttpClient PLAIN = new OkHttpClient();

  private TestClients() {}

  /**
   * A Cyclis client for {@code serverUrl} (a Pact mock server or a MockWebServer on loopback).
   * Retries are off: a retried request would be one the pact does not list, and would hide the
   * first answer the test means to see.
   */
  static CyclisClient cyclis(String serverUrl, String apiToken) {
    return CyclisClient.builder()
        .baseUrl(withSlash(serverUrl))
        .apiToken(apiToken)
        .retryPolicy(RetryPolicy.NONE)
        .build();
  }

  /**
   * A Cyclr client for {@code serverUrl}, which stands for a console host: the client talks to
   * {@code <serverUrl>/api/partner/} as it would to {@code https://my.cyclr.com/api/partner/}.
   *
   * <p>It sends a fixed bearer token instead of fetching one. The token endpoint is on another host
   * (the region's API domain, not the console) and is an OAuth server, not part of the Partner API
   * spec the pact is checked against; the client's token fetching, caching and renewal are covered by
   * cyclr-generated's own tests. A fixed token also keeps each interaction one request: with client
   * credentials a 401 makes the client fetch a new token and send the call again, so the 401
   * interaction could not be recorded as the single exchange it is.
   */
  static CyclrClient cyclr(String serverUrl, String bearerToken) {
    return CyclrClient.builder()
        .baseUrl(withSlash(serverUrl) + "api/partner/")
        .bearerToken(bearerToken)
        .retryPolicy(RetryPolicy.NONE)
        .build();
  }

  /**
   * A Cyclr client for {@code serverUrl} that fetches its token with client credentials, as a real
   * one does: from {@code <serverUrl>/oauth/token}, the same server standing for the region's API
   * domain as well as its console.
   */
  static CyclrClient cyclrWithClientCredentials(String serverUrl, String clientId, String clientSecret) {
    return CyclrClient.builder()
        .baseUrl(withSlash(serverUrl) + "api/partner/")
        .tokenUrl(withSlash(serverUrl) + "oauth/token")
        .clientCredentials(clientId, clientSecret)
        .retryPolicy(RetryPolicy.NONE)
        .build();
  }

  /**
   * The generated interface of Cyclr's OAuth token endpoint on {@code serverUrl}, decoding with the
   * clients' Moshi. {@code CyclrClient} does not hand it out: it calls the endpoint itself.
   */
  static OAuthApi cyclrTokenEndpoint(String serverUrl) {
    return new Retrofit.Builder()
        .baseUrl(withSlash(serverUrl))
        .client(PLAIN)
        .addConverterFactory(MoshiConverterFactory.create(WireAdapters.moshi()))
        .build()
        .create(OAuthApi.class);
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
