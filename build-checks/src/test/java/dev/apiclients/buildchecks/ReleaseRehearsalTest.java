package dev.apiclients.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseRehearsalTest {
  @TempDir Path dir;

  @Test
  void fillsKnownTokensAndLeavesOthers() {
    assertEquals("<version>1.0</version> @other@ 1.0",
        ReleaseRehearsal.filter("<version>@project.version@</version> @other@ @project.version@",
            Map.of("project.version", "1.0")));
  }

  @Test
  void copiesSourcesWithoutBuildOutputOrCheckoutFiles() throws IOException {
    Path from = dir.resolve("from");
    write(from.resolve("pom.xml"));
    write(from.resolve("a/src/main/A.java"));
    write(from.resolve("a/target/classes/A.class"));
    write(from.resolve("contract-tests/node_modules/x/index.js"));
    write(from.resolve(".git/HEAD"));
    write(from.resolve(".idea/misc.xml"));
    write(from.resolve(".gitignore"));
    Path to = dir.resolve("to");
    ReleaseRehearsal.copySources(from, to);
    assertTrue(Files.isRegularFile(to.resolve("pom.xml")));
    assertTrue(Files.isRegularFile(to.resolve("a/src/main/A.java")));
    assertFalse(Files.exists(to.resolve("a/target")));
    assertFalse(Files.exists(to.resolve("contract-tests/node_modules")));
    assertFalse(Files.exists(to.resolve(".git")));
    assertFalse(Files.exists(to.resolve(".idea")));
    assertFalse(Files.exists(to.resolve(".gitignore")));
    ReleaseRehearsal.deleteTree(to);
    assertFalse(Files.exists(to));
  }

  private static void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
  }
}
