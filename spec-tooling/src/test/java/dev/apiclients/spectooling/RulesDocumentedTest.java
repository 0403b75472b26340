package dev.apiclients.spectooling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lint table of {@code docs/spec-lint.md} lists every {@link Rule}, in order, with what it mirrors and checks. */
class RulesDocumentedTest {

  @Test
  void lintTableListsEveryRule() throws IOException {
    String doc = Files.readString(Path.of(System.getProperty("lint.rules.file")));
    List<String> documented = new ArrayList<>();
    for (String line : doc.split("\n")) {
      if (line.startsWith("| `") && line.contains("` | ") && documented.size() < Rule.values().length
          && (documented.size() > 0 || line.startsWith("| `" + Rule.values()[0].id() + "`"))) {
        documented.add(line);
      }
    }
    List<String> expected = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      expected.add("| `" + rule.id() + "` | " + names(rule.spectral()) + " | " + names(rule.redocly()) + " | "
          + rule.description() + " |");
    }
    assertEquals(String.join("\n", expected), String.join("\n", documented),
        "docs/spec-lint.md's rule table and Rule differ");
  }

  private static String names(String names) {
    return names.startsWith("(") ? names : "`" + names.replace(", ", "`, `") + "`";
  }
}
