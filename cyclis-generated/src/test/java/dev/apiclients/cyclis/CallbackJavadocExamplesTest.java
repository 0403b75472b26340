package dev.apiclients.cyclis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.testing.Javac;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The code examples in the javadoc of the callback classes compile against this client, as a
 * reader would paste them: inside a method where the names they use but do not declare exist.
 */
class CallbackJavadocExamplesTest {
  private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "CyclisCallbacks | String secret, String secretFromTheRequestPath, byte[] body, Queue<CyclisCallbackEvent> queue",
      "CyclisCallbackEvent | CyclisClient cyclis, byte[] body, Log log",
      "CallbackUrls | CyclisClient cyclis"})
  void examplesCompile(String className, String undeclaredNames, @TempDir Path out) throws IOException {
    List<String> examples = examples(Paths.get("src/main/java/dev/apiclients/cyclis", className + ".java"));
    assertTrue(!examples.isEmpty(), className + " has no example");

    StringBuilder source = new StringBuilder("package example;\n"
        + "import dev.apiclients.cyclis.*;\nimport dev.apiclients.cyclis.model.*;\n"
        + "import java.net.URI;\nimport java.util.*;\n"
        + "class Examples {\n  interface Log { void warn(String message); }\n");
    for (int i = 0; i < examples.size(); i++) {
      source.append("  void example").append(i).append('(').append(undeclaredNames).append(") throws Exception {\n")
          .append(examples.get(i)).append("\n  }\n");
    }
    source.append("}\n");

    assertEquals(List.of(), compile(source.toString(), out), source.toString());
  }

  private static List<String> examples(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    List<String> examples = new ArrayList<>();
    Matcher example = EXAMPLE.matcher(text);
    while (example.find()) {
      examples.add(example.group(1).replaceAll("(?m)^\\s*\\* ?", ""));
    }
    return examples;
  }

  /** Compiles the source against the test classpath; returns javac's messages, empty when it compiled. */
  private static List<String> compile(String source, Path out) {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Javac.messages("example.Examples", source, out, List.of("-proc:none", "-cp", classpath));
  }
}
