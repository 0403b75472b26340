package dev.apiclients.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The README convention for quoted samples: the fenced {@code java} block that follows {@code
 * <!-- sample: ClassName -->} in README.md equals the lines of {@code ClassName.java} between {@code
 * // [START readme]} and {@code // [END readme]}, without the indentation they share.
 */
final class ReadmeSamples {
  static final String START = "// [START readme]";
  static final String END = "// [END readme]";
  private static final String SAMPLE_MARKER = "<!-- sample: ";

  private ReadmeSamples() {
  }

  /** Returns each README block that quotes a sample, by sample class name, in README order. */
  /**
   * Returns the line numbers (1-based) of README's Java code blocks that quote no sample: no
   * {@code <!-- sample: ... -->} line right above them. Such a block would be checked by nothing.
   */
  static List<Integer> unmarkedJavaBlocks(String readme) {
    String[] lines = readme.split("\n", -1);
    List<Integer> unmarked = new java.util.ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().equals("```java") && (i == 0 || !lines[i - 1].startsWith(SAMPLE_MARKER))) {
        unmarked.add(i + 1);
      }
    }
    return unmarked;
  }

  static Map<String, String> readmeBlocks(String readme) {
    Map<String, String> blocks = new LinkedHashMap<>();
    String[] lines = readme.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (!line.startsWith(SAMPLE_MARKER) || !line.endsWith("-->")) {
        continue;
      }
      String name = line.substring(SAMPLE_MARKER.length(), line.length() - "-->".length()).trim();
      int open = i + 1;
      while (open < lines.length && lines[open].trim().isEmpty()) {
        open++;
      }
      if (open == lines.length || !lines[open].equals("```java")) {
        throw new AssertionError("README: <!-- sample: " + name + " --> is not followed by a ```java block");
      }
      StringBuilder block = new StringBuilder();
      int close = open + 1;
      for (; close < lines.length && !lines[close].equals("```"); close++) {
        block.append(lines[close]).append('\n');
      }
      if (close == lines.length) {
        throw new AssertionError("README: the ```java block of sample " + name + " is never closed");
      }
      if (blocks.put(name, block.toString()) != null) {
        throw new AssertionError("README quotes sample " + name + " twice");
      }
      i = close;
    }
    return blocks;
  }

  /** Returns the lines of a sample between the markers, their shared indentation removed, or null without markers. */
  static String sampleBlock(String source) {
    int start = source.indexOf(START);
    if (start < 0) {
      return null;
    }
    int end = source.indexOf(END, start);
    if (end < 0) {
      throw new AssertionError("'" + START + "' without '" + END + "'");
    }
    String[] lines = source.substring(source.indexOf('\n', start) + 1, source.lastIndexOf('\n', end) + 1)
        .split("\n", -1);
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.trim().isEmpty()) {
        indent = Math.min(indent, line.length() - line.replaceAll("^\\s+", "").length());
      }
    }
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < lines.length - 1; i++) {
      block.append(lines[i].trim().isEmpty() ? "" : lines[i].substring(indent)).append('\n');
    }
    return block.toString();
  }

  /** Returns one message per README block that has no sample or differs from it; empty when all agree. */
  static List<String> mismatches(String readme, Path samplesDirectory) throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> quoted : readmeBlocks(readme).entrySet()) {
      Path source = samplesDirectory.resolve(quoted.getKey() + ".java");
      if (!Files.exists(source)) {
        problems.add("README quotes sample " + quoted.getKey() + ", but " + source + " does not exist");
        continue;
      }
      String sample = sampleBlock(new String(Files.readAllBytes(source), "UTF-8"));
      if (sample == null) {
        problems.add("README quotes sample " + quoted.getKey() + ", which has no '" + START + "' marker");
      } else if (!sample.equals(quoted.getValue())) {
        problems.add("README's block for " + quoted.getKey() + " differs from " + source
            + " between the markers; change both. The sample's lines:\n" + sample);
      }
    }
    return problems;
  }
}
