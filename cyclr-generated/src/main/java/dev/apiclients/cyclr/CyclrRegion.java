package dev.apiclients.cyclr;

/**
 * A Cyclr region: the console host that serves the Partner API and the API domain that issues
 * OAuth tokens. The two differ, which is why a client needs both.
 *
 * <pre>{@code
 * CyclrClient cyclr = CyclrClient.builder().region(CyclrRegion.EU).clientCredentials(id, secret).build();
 * }</pre>
 *
 * <p>Private (self-hosted) instances are not regions: set {@link CyclrClient.Builder#baseUrl},
 * {@link CyclrClient.Builder#tokenUrl} and, if it differs from the base URL's host, {@link
 * CyclrClient.Builder#consoleHost} instead.
 */
public enum CyclrRegion {
  /** United States: console {@code my.cyclr.com}, tokens from {@code api.cyclr.com}. */
  US("my.cyclr.com", "api.cyclr.com"),
  /** Second United States region: console {@code us2.cyclr.com}, tokens from {@code api.us2.cyclr.com}. */
  US2("us2.cyclr.com", "api.us2.cyclr.com"),
  /** United Kingdom: console {@code my.cyclr.uk}, tokens from {@code api.cyclr.uk}. */
  UK("my.cyclr.uk", "api.cyclr.uk"),
  /** European Union: console {@code eu.cyclr.com}, tokens from {@code api.eu.cyclr.com}. */
  EU("eu.cyclr.com", "api.eu.cyclr.com"),
  /** Asia-Pacific: console {@code apac.cyclr.com}, tokens from {@code api.apac.cyclr.com}. */
  APAC("apac.cyclr.com", "api.apac.cyclr.com");

  private final String consoleHost;
  private final String apiDomain;

  CyclrRegion(String consoleHost, String apiDomain) {
    this.consoleHost = consoleHost;
    this.apiDomain = apiDomain;
  }

  /**
   * Returns the host of the region's console.
   *
   * @return the console host, for example {@code my.cyclr.com}
   */
  public String consoleHost() {
    return consoleHost;
  }

  /**
   * Returns the host that issues the region's tokens.
   *
   * @return the token host, for example {@code api.cyclr.com}
   */
  public String apiDomain() {
    return apiDomain;
  }

  /**
   * Returns the Partner API's base URL.
   *
   * @return the base URL, for example {@code https://my.cyclr.com/api/partner/}
   */
  public String baseUrl() {
    return "https://" + consoleHost + "/api/partner/";
  }

  /**
   * Returns the OAuth token endpoint.
   *
   * @return the token URL, for example {@code https://api.cyclr.com/oauth/token}
   */
  public String tokenUrl() {
    return "https://" + apiDomain + "/oauth/token";
  }
}
