package dev.apiclients.contract;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclr.CyclrClient;
import dev.apiclients.runtime.RetryPolicy;

/** The generated clients as the contract tests use them: pointed at a loopback server, never retrying. */
final class TestClients {
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

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
