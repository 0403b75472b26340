package dev.apiclients.runtime.codegen;

import java.net.URI;
import okhttp3.HttpUrl;

/**
 * The rule for a URL that carries or receives a secret: HTTPS, or plain HTTP to loopback only, as
 * the client builders require of base URLs. It names no URL in what it returns, so that a caller
 * can refuse one without repeating the secret in it.
 *
 * <pre>{@code
 * if (!SecureUrls.isHttpsOrLoopback(url)) {
 *   throw new IllegalArgumentException("url must be an absolute https URL; nothing was sent");
 * }
 * }</pre>
 */
public final class SecureUrls {
  private SecureUrls() {}

  /**
   * True for an absolute {@code https} URL with a host, or an {@code http} one whose host is
   * loopback ({@code localhost}, an IPv4 {@code 127.x.y.z} literal, {@code ::1}); false for null,
   * relative URLs and other schemes.
   */
  public static boolean isHttpsOrLoopback(URI url) {
    if (url == null || !url.isAbsolute() || url.getHost() == null) {
      return false;
    }
    HttpUrl parsed = HttpUrl.parse(url.toString());
    return parsed != null && isHttpsOrLoopback(parsed);
  }

  /** True for an {@code https} URL, or an {@code http} one whose host is loopback. */
  public static boolean isHttpsOrLoopback(HttpUrl url) {
    return url.isHttps() || isLoopback(url.host());
  }

  /** A literal, so that a host name such as {@code 127.example.com} does not pass for loopback. */
  private static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.equals("::1")
        || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
