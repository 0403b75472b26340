package dev.apiclients.cyclr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Our fork of the generator's Retrofit interface template says which upstream version it was taken
 * from, and that is the generator that ran; it keeps no branch for options we never set.
 */
class ApiTemplateTest {
  private static final Path TEMPLATE =
      Paths.get(System.getProperty("codegen.templates.dir"), "libraries", "retrofit2", "api.mustache");

  @Test
  void recordedUpstreamVersionIsTheGeneratorThatRan() throws Exception {
    Matcher recorded = Pattern.compile("Our copy of openapi-generator (\\S+)'s Java/libraries/retrofit2/api.mustache")
        .matcher(read(TEMPLATE));
    String ran = read(Paths.get("target/generated-sources/openapi/.openapi-generator/VERSION")).trim();

    assertTrue(recorded.find(), "api.mustache does not say which upstream version it came from");
    assertEquals(ran, recorded.group(1),
        "api.mustache came from another generator version: diff upstream's template and update ours");
  }

  @Test
  void keepsNoRxJavaBranches() throws Exception {
    String template = read(TEMPLATE);

    assertFalse(template.contains("{{#useRxJava"), "api.mustache has RxJava branches");
    assertFalse(template.contains("{{#doNotUseRx}}"), "api.mustache has RxJava branches");
  }

  private static String read(Path file) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
