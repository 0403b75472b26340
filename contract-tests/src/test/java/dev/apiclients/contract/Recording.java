package dev.apiclients.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A recorded answer of a provider: {@code src/test/resources/recorded/<api>/<operationId>_<status>[_<case>].json}
 * holding {@code {"status": 200, "headers": {...}, "body": ...}}, and for the test an optional
 * {@code "expect"} member that is not part of the answer: the typed exception an error must become
 * ({@code exception}, {@code errorCode}, {@code errorMessage}, {@code message}), or the members a
 * deliberately extended body carries that the spec does not list ({@code dropped}, as JSON paths).
 *
 * @param body the body as compact JSON text, with the recorded values in the recorded order; null
 *     when the answer has none
 */
record Recording(ApiUnderTest api, String fileName, String operationId, int status, Map<String, String> headers,
    String body, Map<String, Object> expect) {

  private static final Pattern NAME = Pattern.compile("([A-Za-z]+)_(\\d{3})(?:_([a-z0-9_]+))?\\.json");

  /** Every recording of an API, by file name. */
  static List<Recording> all(ApiUnderTest api) {
    Path dir = ApiUnderTest.resourceDir("recorded/" + api.shortName());
    try (Stream<Path> files = Files.list(dir)) {
      List<Recording> recordings = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        recordings.add(read(api, file));
      }
      return recordings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Recording read(ApiUnderTest api, Path file) throws IOException {
    String fileName = file.getFileName().toString();
    Matcher name = NAME.matcher(fileName);
    if (!name.matches()) {
      throw new IllegalArgumentException(fileName + " is not named <operationId>_<status>[_<case>].json");
    }
    Map<String, Object> envelope =
        (Map<String, Object>) JsonTree.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    int status = ((Number) envelope.get("status")).intValue();
    if (status != Integer.parseInt(name.group(2))) {
      throw new IllegalArgumentException(fileName + " says status " + status + " inside but " + name.group(2)
          + " in its name");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    ((Map<String, Object>) envelope.getOrDefault("headers", Map.of()))
        .forEach((header, value) -> headers.put(header, (String) value));
    String body = envelope.containsKey("body") ? JsonTree.write(envelope.get("body")) : null;
    Map<String, Object> expect = (Map<String, Object>) envelope.getOrDefault("expect", Map.of());
    return new Recording(api, fileName, name.group(1), status, headers, body, expect);
  }

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** The JSON paths the recording's {@code expect.dropped} names; empty for an ordinary recording. */
  @SuppressWarnings("unchecked")
  List<String> expectedDropped() {
    return (List<String>) expect.getOrDefault("dropped", List.of());
  }

  String expected(String member) {
    Object value = expect.get(member);
    if (!(value instanceof String)) {
      throw new IllegalStateException(fileName + ": expect." + member + " is missing");
    }
    return (String) value;
  }

  /** Shown as the parameterized test's name. */
  @Override
  public String toString() {
    return api.shortName() + "/" + fileName;
  }
}
