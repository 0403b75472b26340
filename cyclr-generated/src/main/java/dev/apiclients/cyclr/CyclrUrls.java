package dev.apiclients.cyclr;

import okhttp3.HttpUrl;

/**
 * Checks and builds the URLs besides the base URL: the token endpoint and the console's sign-in
 * page.
 */
final class CyclrUrls {
  private CyclrUrls() {}

  /**
   * Parses a token endpoint. Like the base URL it must be HTTPS except on loopback, because the
   * client secret travels in its body. (The runtime's check is package-private in {@code
   * ClientBuilder}, so the same rule is repeated here.)
   */
  static HttpUrl tokenUrl(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException("Not an http(s) URL: " + url);
    }
    if (!parsed.isHttps() && !isLoopback(parsed.host())) {
      throw new IllegalArgumentException(
          "The token URL must use https (http is allowed only on loopback): " + parsed);
    }
    return parsed;
  }

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

  /** An IPv4 literal, so that a host name such as {@code 127.example.com} does not pass for loopback. */
  private static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.equals("::1")
        || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
