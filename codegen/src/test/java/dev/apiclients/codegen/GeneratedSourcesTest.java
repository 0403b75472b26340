package dev.apiclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSourcesTest {
  @TempDir Path output;

  @Test
  void sameHashKeepsTheOutput() throws Exception {
    GeneratedSources sources = new GeneratedSources(output);
    sources.keepOrDelete("abc");
    Path model = Files.writeString(output.resolve("Model.java"), "class Model {}");

    assertTrue(sources.keepOrDelete("abc"));
    assertTrue(Files.exists(model));
  }

  @Test
  void otherHashDeletesTheOutputAndRecordsTheHash() throws Exception {
    GeneratedSources sources = new GeneratedSources(output);
    sources.keepOrDelete("abc");
    Path model = Files.writeString(output.resolve("Model.java"), "class Model {}");

    assertFalse(sources.keepOrDelete("def"));
    assertFalse(Files.exists(model));
    assertEquals("def", Files.readString(output.resolve(GeneratedSources.HASH_FILE)));
  }

  @Test
  void outputWithoutHashIsDeleted() throws Exception {
    Path stale = Files.writeString(output.resolve("Stale.java"), "class Stale {}");

    assertFalse(new GeneratedSources(output).keepOrDelete("abc"));
    assertFalse(Files.exists(stale));
  }
}
