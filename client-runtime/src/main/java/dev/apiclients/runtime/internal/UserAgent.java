package dev.apiclients.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * The {@code User-Agent} a generated client sends: {@code <artifactId>/<version> (<spec title>
 * <spec version>) okhttp/<version> java/<version>}, then the application's {@code name/version} when
 * it gave one. The client's facts come from the {@code META-INF/apiclients/<artifactId>.properties}
 * its jar carries.
 */
public final class UserAgent {
  private UserAgent() {}

  /**
   * Reads {@code META-INF/apiclients/<artifactId>.properties} next to {@code anchor} (a class of
   * the client's jar) and returns the default value; parts it cannot find are {@code unknown}.
   */
  public static String forClient(Class<?> anchor, String artifactId) {
    Properties facts = new Properties();
    String resource = "/META-INF/apiclients/" + artifactId + ".properties";
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in != null) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          facts.load(reader);
        }
      }
    } catch (IOException unreadable) {
      // A User-Agent with "unknown" in it beats a client that cannot be built.
    }
    return describe(artifactId, facts.getProperty("artifact.version", "unknown"),
        facts.getProperty("spec.title", "unknown"), facts.getProperty("spec.version", "unknown"),
        okhttp3.internal.Version.userAgent(), "java/" + System.getProperty("java.version", "unknown"));
  }

  static String describe(String artifactId, String version, String specTitle, String specVersion,
      String okhttp, String java) {
    return artifactId + '/' + version + " (" + comment(specTitle + ' ' + specVersion) + ") " + okhttp + ' ' + java;
  }

  /**
   * Returns {@code base} followed by the application's {@code name/version}.
   *
   * @throws IllegalArgumentException naming the argument when {@code name} or {@code version} is
   *     not an HTTP token (letters, digits and {@code !#$%&'*+-.^_`|~}; no space, slash or control)
   */
  public static String withApp(String base, String name, String version) {
    checkToken("appInfo name", name);
    checkToken("appInfo version", version);
    return base + ' ' + name + '/' + version;
  }

  /** An interceptor that sets {@code User-Agent} on requests that have none of their own. */
  public static Interceptor interceptor(String userAgent) {
    return chain -> {
      Request request = chain.request();
      if (request.header("User-Agent") != null) {
        return chain.proceed(request);
      }
      return chain.proceed(request.newBuilder().header("User-Agent", userAgent).build());
    };
  }

  private static void checkToken(String what, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be null or empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        throw new IllegalArgumentException(what + " must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~),"
            + " but has '" + (c < ' ' || c >= 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c))
            + "' at index " + i + ": " + printable(value));
      }
    }
  }

  /** A comment may not hold parentheses, a backslash or non-ASCII: replaced, not refused (the spec wrote it). */
  private static String comment(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c < ' ' || c >= 0x7f || c == '(' || c == ')' || c == '\\' ? '_' : c);
    }
    return out.toString();
  }

  private static String printable(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c < ' ' || c >= 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
