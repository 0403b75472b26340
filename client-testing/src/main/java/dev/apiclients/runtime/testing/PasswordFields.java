package dev.apiclients.runtime.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The properties an OpenAPI document marks {@code format: password}, read from its YAML text on its
 * own terms (not through the generator), so that a test can hold the generated client to them.
 *
 * <pre>{@code
 * Set<String> fields = PasswordFields.ofSpecUnderTest();
 * server.enqueue(new MockResponse().setBody(PasswordFields.jsonWithEach(fields)));
 * // ... one call with BODY-level logging into lines ...
 * PasswordFields.assertMaskedIn(fields, lines);
 * }</pre>
 */
public final class PasswordFields {
  private static final Pattern FORMAT_PASSWORD = Pattern.compile("^(\\s*)format:\\s*['\"]?password['\"]?\\s*$");
  private static final Pattern KEY = Pattern.compile("^(\\s*)['\"]?([^'\"\\s:#][^'\":#]*?)['\"]?:\\s*$");

  private PasswordFields() {}

  /** The names of the properties whose schema says {@code format: password}. */
  public static Set<String> in(Path spec) throws IOException {
    List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher format = FORMAT_PASSWORD.matcher(lines.get(i));
      if (format.matches()) {
        names.add(owner(lines, i, format.group(1).length()));
      }
    }
    return names;
  }

  /** A JSON object that carries each name with the value {@code leak-<name>}, after {@code "data":[]}. */
  public static String jsonWithEach(Set<String> names) {
    StringBuilder json = new StringBuilder("{\"data\":[]");
    for (String name : names) {
      json.append(",\"").append(name).append("\":\"").append(leakedValue(name)).append('"');
    }
    return json.append('}').toString();
  }

  /** The password fields of the spec the module under test is generated from (its {@code spec.file}). */
  public static Set<String> ofSpecUnderTest() throws IOException {
    return in(Paths.get(System.getProperty("spec.file")));
  }

  /**
   * Fails unless every field of {@link #jsonWithEach} appears in {@code lines} with its value masked
   * ({@code "name":"***"}) and its value appears nowhere.
   */
  public static void assertMaskedIn(Set<String> fields, List<String> lines) {
    for (String field : fields) {
      for (String line : lines) {
        if (line.contains(leakedValue(field))) {
          throw new AssertionError(field + " is logged: " + line);
        }
      }
      if (lines.stream().noneMatch(line -> line.contains("\"" + field + "\":\"***\""))) {
        throw new AssertionError(field + " is not in the log, masked: " + lines);
      }
    }
  }

  /** The value {@link #jsonWithEach} gives {@code name}; no log line may contain it. */
  public static String leakedValue(String name) {
    return "leak-" + name;
  }

  /** The key of the mapping that holds line {@code at}: the nearest line above, indented less. */
  private static String owner(List<String> lines, int at, int indent) {
    for (int i = at - 1; i >= 0; i--) {
      Matcher key = KEY.matcher(lines.get(i));
      if (key.matches() && key.group(1).length() < indent) {
        return key.group(2);
      }
    }
    throw new IllegalArgumentException("format: password at line " + (at + 1) + " belongs to no property");
  }
}
