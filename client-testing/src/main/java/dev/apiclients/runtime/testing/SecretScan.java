package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiHttpException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks for secrets in everything a client lets a caller see: log lines, {@code toString()}s,
 * exception messages, the raw bodies exceptions keep and whole stack traces. Each secret is looked for as written, form-encoded
 * (as in a token request) and JSON-escaped (as in a body), so that a secret that changed shape on
 * its way to a log still counts.
 *
 * <pre>{@code
 * SecretScan scan = new SecretScan(TOKEN);
 * scan.lines("log", lines).text("client", client.toString()).exception("getOrder", e);
 * scan.assertNoLeaks();
 * }</pre>
 */
public final class SecretScan {
  /** What to look for, and how to name it in a failure: the secret itself may be in the report. */
  private final Map<String, String> needles = new LinkedHashMap<>();
  private final List<String> leaks = new ArrayList<>();
  private int textsScanned;

  public SecretScan(String... secrets) {
    for (String secret : secrets) {
      if (secret == null || secret.length() < 6) {
        // A short needle would match ordinary text and make every scan fail for the wrong reason.
        throw new IllegalArgumentException("A secret to look for needs 6 characters or more: " + secret);
      }
      needles.put(secret, "'" + secret + "'");
      needles.putIfAbsent(formEncoded(secret), "'" + secret + "' form-encoded");
      needles.putIfAbsent(jsonEscaped(secret), "'" + secret + "' JSON-escaped");
    }
  }

  /** Scans one text, for example a {@code toString()}; {@code where} names it in a failure. */
  public SecretScan text(String where, String text) {
    textsScanned++;
    String scanned = String.valueOf(text);
    for (Map.Entry<String, String> needle : needles.entrySet()) {
      int at = scanned.indexOf(needle.getKey());
      if (at >= 0) {
        leaks.add(where + " shows " + needle.getValue() + ": " + excerpt(scanned, at, needle.getKey().length()));
      }
    }
    return this;
  }

  /** Scans every line, for example what an {@code ApiLogger} received. */
  public SecretScan lines(String where, Collection<String> lines) {
    int i = 0;
    for (String line : lines) {
      text(where + " line " + i++, line);
    }
    return this;
  }

  /**
   * Scans what a caller or a logging framework may print of {@code failure}: its {@code toString()},
   * the message and the {@code rawBody()} of it and each cause, and the whole stack trace (causes
   * and suppressed included).
   */
  public SecretScan exception(String where, Throwable failure) {
    text(where + " toString()", failure.toString());
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text(where + " message of " + t.getClass().getName(), t.getMessage());
      if (t instanceof ApiHttpException) {
        text(where + " rawBody() of " + t.getClass().getName(), ((ApiHttpException) t).rawBody());
      } else if (t instanceof ApiDecodeException) {
        text(where + " rawBody() of " + t.getClass().getName(), ((ApiDecodeException) t).rawBody());
      }
    }
    text(where + " stack trace", stackTrace(failure));
    return this;
  }

  /** Returns how many texts were scanned, so a test can show it did not pass by scanning nothing. */
  public int textsScanned() {
    return textsScanned;
  }

  /** Fails listing every leak found; fails too when nothing was scanned. */
  public void assertNoLeaks() {
    if (textsScanned == 0) {
      fail("Nothing was scanned: a scan of nothing proves nothing");
    }
    if (!leaks.isEmpty()) {
      StringBuilder report = new StringBuilder(leaks.size() + " secret(s) leaked:");
      for (String leak : leaks) {
        report.append("\n  ").append(leak);
      }
      fail(report.toString());
    }
  }

  /** Returns the text {@code printStackTrace} writes, as a log framework would record it. */
  public static String stackTrace(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out, true));
    return out.toString();
  }

  /** The line around a leak: a whole stack trace would bury it. */
  private static String excerpt(String text, int at, int length) {
    int start = Math.max(0, at - 80);
    int end = Math.min(text.length(), at + length + 80);
    return (start > 0 ? "..." : "") + text.substring(start, end) + (end < text.length() ? "..." : "");
  }

  private static String formEncoded(String secret) {
    try {
      return URLEncoder.encode(secret, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
  }

  /** Escapes every character that some JSON writer escapes (HTML-safe writers escape {@code = < > & '}). */
  private static String jsonEscaped(String secret) {
    StringBuilder escaped = new StringBuilder();
    for (char c : secret.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '+' || c == '/') {
        escaped.append(c);
      } else {
        escaped.append(String.format("\\u%04x", (int) c));
      }
    }
    return escaped.toString();
  }
}
