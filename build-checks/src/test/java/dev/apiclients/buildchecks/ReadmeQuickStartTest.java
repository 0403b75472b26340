package dev.apiclients.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start is the consumer project's code: the Java blocks before the README's first
 * section equal the lines between the markers in {@code src/it/quickstart/.../QuickStart.java}, which
 * the quickstart integration build compiles (Java 8) against the installed jars.
 */
class ReadmeQuickStartTest {
  static final String BEGIN = "// README quick start: begin";
  static final String END = "// README quick start: end";

  @Test
  void readmeQuickStartIsTheConsumersCode() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("readme.file")));
    Path source = Path.of(System.getProperty("quickstart.source"));

    String quickStart = quickStartBlocks(readme);

    assertFalse(quickStart.isBlank(), "the README has no ```java block before its first ## section");
    assertEquals(quickStart, between(Files.readString(source)),
        "The README's quick start and " + source + " differ; change both (the consumer build compiles the "
            + "latter against the installed jars)");
  }

  /** The Java code blocks of the README's introduction (before the first "## "), joined by a blank line. */
  static String quickStartBlocks(String readme) {
    int firstSection = readme.indexOf("\n## ");
    String intro = firstSection < 0 ? readme : readme.substring(0, firstSection);
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : intro.split("\n", -1)) {
      if (block == null && line.equals("```java")) {
        block = new StringBuilder();
      } else if (block != null && line.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return String.join("\n", blocks);
  }

  /** The lines between the markers, without the indentation they share. */
  static String between(String source) {
    int begin = source.indexOf(BEGIN);
    int end = source.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new AssertionError("QuickStart.java lacks the markers '" + BEGIN + "' and '" + END + "'");
    }
    String[] lines = source.substring(source.indexOf('\n', begin) + 1, source.lastIndexOf('\n', end) + 1).split("\n", -1);
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < lines.length - 1; i++) {
      code.append(lines[i].isBlank() ? "" : lines[i].substring(indent)).append('\n');
    }
    return code.toString();
  }
}
