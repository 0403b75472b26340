package dev.apiclients.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
  @TempDir Path work;

  @Test
  void copiesEveryTemplateAndNothingStale() throws Exception {
    Path templates = work.resolve("templates");
    Files.createDirectories(templates);
    Path stale = Files.writeString(templates.resolve("removed.mustache"), "");

    Templates.copyTo(templates);

    assertTrue(Files.isRegularFile(templates.resolve("model.mustache")));
    assertTrue(Files.isRegularFile(templates.resolve("libraries/retrofit2/api.mustache")));
    assertFalse(Files.exists(stale));
  }
}
