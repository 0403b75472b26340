package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.apiclients.runtime.ApiLogger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import retrofit2.Response;

/**
 * The properties an OpenAPI document marks as secrets, {@code format: password} or {@code x-secret:
 * true}, read from its YAML text on its own terms (not through the generator), so that a test can
 * hold the generated client to them.
 *
 * <pre>{@code
 * List<String> lines = PasswordFields.assertMaskedInBodyLog((server, log) -> {
 *   try (CyclisClient client = clientFor(server).logger(log, ApiLogger.Level.BODY).build()) {
 *     return client.calls().dealers().listDealers().execute();
 *   }
 * });
 * }</pre>
 */
public final class PasswordFields {
  private static final Pattern FORMAT_PASSWORD = Pattern.compile("^(\\s*)format:\\s*['\"]?password['\"]?\\s*$");
  private static final Pattern X_SECRET = Pattern.compile("^(\\s*)x-secret:\\s*true\\s*$");
  private static final Pattern KEY = Pattern.compile("^(\\s*)['\"]?([^'\"\\s:#][^'\":#]*?)['\"]?:\\s*$");

  private PasswordFields() {}

  /** The names of the properties whose schema says {@code format: password} or {@code x-secret: true}. */
  public static Set<String> in(Path spec) throws IOException {
    List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      for (Pattern marker : new Pattern[] {FORMAT_PASSWORD, X_SECRET}) {
        Matcher marked = marker.matcher(lines.get(i));
        if (marked.matches()) {
          names.add(owner(lines, i, marked.group(1).length()));
        }
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

  /** The secret fields of the spec the module under test is generated from (its {@code spec.file}). */
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

  /**
   * Answers one call with a body that carries every secret field of the spec under test, and
   * fails unless the call succeeds and its BODY-level log shows each field masked and no value.
   *
   * @return the log lines, for what a test checks beyond that
   */
  public static List<String> assertMaskedInBodyLog(LoggedCall call) throws IOException {
    Set<String> fields = ofSpecUnderTest();
    List<String> lines = new CopyOnWriteArrayList<>();
    MockWebServer server = new MockWebServer();
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(jsonWithEach(fields)));
    server.start();
    try {
      assertEquals(200, call.send(server, lines::add).code());
    } finally {
      server.shutdown();
    }
    assertMaskedIn(fields, lines);
    return lines;
  }

  /** One call of a client pointed at {@code server} that logs at BODY level to {@code log}. */
  public interface LoggedCall {
    Response<?> send(MockWebServer server, ApiLogger log) throws IOException;
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
    throw new IllegalArgumentException(lines.get(at).trim() + " at line " + (at + 1) + " belongs to no property");
  }
}
