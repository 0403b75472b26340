package dev.apiclients.cyclr;

import okhttp3.HttpUrl;

/**
 * Checks and builds the URLs besides the base URL: the token endpoint and the console's sign-in
 * page.
 */
final class CyclrUrls {
  private CyclrUrls() {}

  /** Returns {@code https://{host}/} for a bare host name such as {@code my.cyclr.com}. */
  static HttpUrl consoleRoot(String host) {
    if (host == null || host.isEmpty() || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
      throw new IllegalArgumentException(
          "consoleHost must be a host name such as my.cyclr.com, without scheme or path: " + host);
    }
    HttpUrl parsed = HttpUrl.parse("https://" + host + "/");
    if (parsed == null) {
      throw new IllegalArgumentException("consoleHost is not a valid host name: " + host);
    }
    return parsed;
  }

  /** Returns the root of the server a base URL points at: its scheme, host and port. */
  static HttpUrl consoleRoot(HttpUrl baseUrl) {
    return baseUrl.newBuilder().encodedPath("/").query(null).fragment(null).build();
  }

  /** Returns {@code {consoleRoot}account/signinwithtoken?token={token}}, the token URL-encoded. */
  static String signInUrl(HttpUrl consoleRoot, String token) {
    if (token == null || token.isEmpty()) {
      throw new IllegalArgumentException("token must not be null or empty");
    }
    return consoleRoot.newBuilder()
        .encodedPath("/account/signinwithtoken")
        .addQueryParameter("token", token)
        .build()
        .toString();
  }
}
