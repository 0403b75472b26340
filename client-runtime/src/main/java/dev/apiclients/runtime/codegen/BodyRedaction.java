package dev.apiclients.runtime.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Masks the values of secret fields in a JSON or form-encoded text with {@code ***}, matching
 * field names in any case. Log lines go through one before they reach the caller's logger, and so
 * do the raw bodies an exception keeps.
 *
 * <pre>{@code
 * BodyRedaction redaction = new BodyRedaction(SecretFields.NAMES);
 * redaction.redact("{\"Password\":\"p\"}"); // {"Password":"***"}
 * }</pre>
 *
 * <p>In JSON, a value is masked when a quoted secret name and a colon come before it: a string
 * (escapes honoured; one cut short is masked to the end of the text), an object or array (whole),
 * or a bare token up to a comma, a closing brace or bracket, or white space. In form or query text,
 * a value is masked from {@code name=} (at the start, or after {@code &} or {@code ?}) up to {@code
 * &} or white space. The text is scanned once, left to right, without regular expressions or
 * recursion: time and stack do not grow with a value's length, so a secret of a million characters
 * is masked like a short one.
 */
public final class BodyRedaction {
  /**
   * The OAuth 2.0 fields that carry credentials (RFC 6749 and 7521), in token requests (form) and
   * token answers (JSON): no spec declares the token endpoint's form, so they are listed here.
   */
  public static final Set<String> OAUTH_FIELDS = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(
      "client_secret", "client_assertion", "assertion", "password", "access_token", "refresh_token",
      "id_token")));

  private static final String MASK = "***";

  /** The secret names by length: a candidate is compared only with the names as long as it. */
  private final String[][] namesByLength;

  /** @param fields JSON property / form field names, any case; at least one */
  public BodyRedaction(Set<String> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("no secret fields");
    }
    int longest = 0;
    for (String field : fields) {
      longest = Math.max(longest, field.length());
    }
    List<List<String>> byLength = new ArrayList<>();
    for (int length = 0; length <= longest; length++) {
      byLength.add(new ArrayList<>());
    }
    for (String field : fields) {
      byLength.get(field.length()).add(field);
    }
    namesByLength = new String[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      namesByLength[length] = byLength.get(length).toArray(new String[0]);
    }
  }

  /**
   * Returns {@code text} with the value of every secret field replaced by {@code ***}; {@code text}
   * itself when it has none.
   */
  public String redact(String text) {
    return maskFormValues(maskJsonValues(text));
  }

  private String maskJsonValues(String text) {
    StringBuilder masked = null;
    int copied = 0;
    for (int quote = text.indexOf('"'); quote >= 0; ) {
      int valueStart = jsonSecretValueStart(text, quote);
      int valueEnd = valueStart < 0 ? -1 : endOfJsonValue(text, valueStart);
      if (valueEnd <= valueStart) {
        // Not a secret's key (or one without a value): a later quote may open one.
        quote = text.indexOf('"', quote + 1);
        continue;
      }
      if (masked == null) {
        masked = new StringBuilder(text.length());
      }
      masked.append(text, copied, valueStart).append('"').append(MASK).append('"');
      copied = valueEnd;
      quote = text.indexOf('"', valueEnd);
    }
    return masked == null ? text : masked.append(text, copied, text.length()).toString();
  }

  /**
   * If a secret's name, a closing quote, white space, a colon and white space follow the quote at
   * {@code quote}, returns the index after them, where the value starts; otherwise -1.
   */
  private int jsonSecretValueStart(String text, int quote) {
    int nameStart = quote + 1;
    int limit = Math.min(text.length(), nameStart + namesByLength.length);
    for (int at = nameStart; at < limit; at++) {
      if (text.charAt(at) == '"') {
        if (!isName(text, nameStart, at - nameStart)) {
          return -1;
        }
        int colon = skipWhitespace(text, at + 1);
        return colon < text.length() && text.charAt(colon) == ':' ? skipWhitespace(text, colon + 1) : -1;
      }
    }
    return -1;
  }

  /** Returns the index after the JSON value at {@code start}, or {@code start} if none starts there. */
  private static int endOfJsonValue(String text, int start) {
    int length = text.length();
    if (start >= length) {
      return start;
    }
    char first = text.charAt(start);
    if (first == '"') {
      return endOfString(text, start);
    }
    if (first == '{' || first == '[') {
      int depth = 0;
      for (int at = start; at < length; at++) {
        char c = text.charAt(at);
        if (c == '"') {
          at = endOfString(text, at) - 1;
        } else if (c == '{' || c == '[') {
          depth++;
        } else if ((c == '}' || c == ']') && --depth == 0) {
          return at + 1;
        }
      }
      return length; // Cut short: nothing of it stays.
    }
    int at = start;
    while (at < length && !isWhitespace(text.charAt(at)) && ",}]".indexOf(text.charAt(at)) < 0) {
      at++;
    }
    return at;
  }

  /** Returns the index after the string whose opening quote is at {@code quote}, or the text's length. */
  private static int endOfString(String text, int quote) {
    int length = text.length();
    for (int at = quote + 1; at < length; at++) {
      char c = text.charAt(at);
      if (c == '\\') {
        at++;
      } else if (c == '"') {
        return at + 1;
      }
    }
    return length;
  }

  private String maskFormValues(String text) {
    StringBuilder masked = null;
    int copied = 0;
    int length = text.length();
    for (int at = 0; at < length; at++) {
      if (at > 0 && text.charAt(at - 1) != '&' && text.charAt(at - 1) != '?') {
        continue;
      }
      int equals = formSecretEquals(text, at);
      if (equals < 0) {
        continue;
      }
      int end = equals + 1;
      while (end < length && text.charAt(end) != '&' && !isWhitespace(text.charAt(end))) {
        end++;
      }
      if (masked == null) {
        masked = new StringBuilder(length);
      }
      masked.append(text, copied, equals + 1).append(MASK);
      copied = end;
      at = end - 1;
    }
    return masked == null ? text : masked.append(text, copied, length).toString();
  }

  /** If a secret's name and {@code =} start at {@code start}, returns the index of the {@code =}; otherwise -1. */
  private int formSecretEquals(String text, int start) {
    int limit = Math.min(text.length(), start + namesByLength.length);
    for (int at = start; at < limit; at++) {
      if (text.charAt(at) == '=') {
        return isName(text, start, at - start) ? at : -1;
      }
    }
    return -1;
  }

  private boolean isName(String text, int start, int length) {
    for (String name : namesByLength[length]) {
      if (text.regionMatches(true, start, name, 0, length)) {
        return true;
      }
    }
    return false;
  }

  private static int skipWhitespace(String text, int at) {
    while (at < text.length() && isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** What {@code \s} of a Java regular expression matches. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
