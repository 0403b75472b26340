package dev.apiclients.runtime.codegen;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks the values of secret fields in a JSON or form-encoded text with {@code ***}, matching
 * field names in any case. Log lines go through one before they reach the caller's logger, and so
 * do the raw bodies an exception keeps.
 *
 * <pre>{@code
 * BodyRedaction redaction = new BodyRedaction(SecretFields.NAMES);
 * redaction.redact("{\"Password\":\"p\"}"); // {"Password":"***"}
 * }</pre>
 */
public final class BodyRedaction {
  /**
   * The OAuth 2.0 fields that carry credentials (RFC 6749 and 7521), in token requests (form) and
   * token answers (JSON): no spec declares the token endpoint's form, so they are listed here.
   */
  public static final Set<String> OAUTH_FIELDS = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(
      "client_secret", "client_assertion", "assertion", "password", "access_token", "refresh_token",
      "id_token")));

  private final Pattern jsonField;
  private final Pattern formField;

  /** @param fields JSON property / form field names, any case; at least one */
  public BodyRedaction(Set<String> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("no secret fields");
    }
    StringBuilder names = new StringBuilder();
    for (String field : fields) {
      names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(field));
    }
    this.jsonField = Pattern.compile(
        "(\"(?:" + names + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)", Pattern.CASE_INSENSITIVE);
    this.formField = Pattern.compile("((?:^|[&?])(?:" + names + ")=)[^&\\s]*", Pattern.CASE_INSENSITIVE);
  }

  /** Returns {@code text} with the value of every secret field replaced by {@code ***}. */
  public String redact(String text) {
    String json = jsonField.matcher(text).replaceAll("$1\"***\"");
    return formField.matcher(json).replaceAll("$1***");
  }
}
