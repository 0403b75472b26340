package dev.apiclients.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's code blocks marked {@code <!-- sample: ClassName -->} are the samples' code: each
 * equals the lines between the sample's {@code // [START readme]} and {@code // [END readme]}. A
 * sample with markers that the README does not quote yet is fine; a Java block that quotes no sample is
 * not (except the quick start, which build-checks keeps equal to its own class).
 */
class ReadmeSamplesTest {
  private static final Path SAMPLES = Paths.get(System.getProperty("samples.sources", "src/main/java/dev/apiclients/samples"));

  @Test
  void everyReadmeSampleBlockEqualsItsSample() throws IOException {
    String readme = new String(Files.readAllBytes(Paths.get(System.getProperty("readme.file"))), "UTF-8");

    assertEquals(Collections.emptyList(), ReadmeSamples.mismatches(readme, SAMPLES));
  }

  @Test
  void everyReadmeJavaBlockButTheQuickStartQuotesASample() throws IOException {
    String readme = new String(Files.readAllBytes(Paths.get(System.getProperty("readme.file"))), "UTF-8");

    // The quick start, the first block, is kept equal to QuickStart.java by build-checks' ReadmeQuickStartTest.
    List<Integer> unmarked = ReadmeSamples.unmarkedJavaBlocks(readme);
    assertEquals(1, unmarked.size(), "Java blocks without a sample marker, at README lines " + unmarked);
    int firstJavaBlock = readme.substring(0, readme.indexOf("```java")).split("\n", -1).length;
    assertEquals(firstJavaBlock, unmarked.get(0));
  }

  @Test
  void aJavaBlockWithoutAMarkerIsFound() {
    assertEquals(Arrays.asList(3), ReadmeSamples.unmarkedJavaBlocks(
        "# Title\n\n```java\nx();\n```\n\n<!-- sample: Hello -->\n```java\ngreet();\n```\n"));
  }

  @Test
  void everySampleWithMarkersHasAWellFormedBlock() throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String source = new String(Files.readAllBytes(file), "UTF-8");
        if (source.contains(ReadmeSamples.START)) {
          assertNotNull(ReadmeSamples.sampleBlock(source), file.toString());
        }
      }
    }
  }

  @Test
  void aBlockEqualToTheSampleWithoutItsIndentationPasses(@TempDir Path dir) throws IOException {
    write(dir, "Hello", "class Hello {\n  void run() {\n    // [START readme]\n    greet();\n\n    if (x) {\n      y();\n    }\n"
        + "    // [END readme]\n  }\n}\n");

    List<String> problems = ReadmeSamples.mismatches(
        "# Title\n\n<!-- sample: Hello -->\n```java\ngreet();\n\nif (x) {\n  y();\n}\n```\n", dir);

    assertEquals(Collections.emptyList(), problems);
  }

  @Test
  void aBlockThatDiffersFromItsSampleFails(@TempDir Path dir) throws IOException {
    write(dir, "Hello", "class Hello {\n  // [START readme]\n  greet();\n  // [END readme]\n}\n");

    List<String> problems = ReadmeSamples.mismatches("<!-- sample: Hello -->\n```java\ngreetAll();\n```\n", dir);

    assertEquals(Arrays.asList("README's block for Hello differs from " + dir.resolve("Hello.java")
        + " between the markers; change both. The sample's lines:\ngreet();\n"), problems);
  }

  @Test
  void aBlockNamingAMissingSampleFails(@TempDir Path dir) throws IOException {
    List<String> problems = ReadmeSamples.mismatches("<!-- sample: Gone -->\n```java\nx();\n```\n", dir);

    assertEquals(Arrays.asList("README quotes sample Gone, but " + dir.resolve("Gone.java") + " does not exist"),
        problems);
  }

  @Test
  void aSampleTheReadmeDoesNotQuoteYetIsAllowed(@TempDir Path dir) throws IOException {
    write(dir, "Hello", "class Hello {\n  // [START readme]\n  greet();\n  // [END readme]\n}\n");

    assertEquals(Collections.emptyList(), ReadmeSamples.mismatches("# Title\n", dir));
  }

  @Test
  void aMarkerWithoutACodeBlockFails() {
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> ReadmeSamples.readmeBlocks("<!-- sample: Hello -->\nSome text.\n"));

    assertEquals("README: <!-- sample: Hello --> is not followed by a ```java block", e.getMessage());
  }

  private static void write(Path dir, String name, String source) throws IOException {
    Files.write(dir.resolve(name + ".java"), source.getBytes("UTF-8"));
  }
}
