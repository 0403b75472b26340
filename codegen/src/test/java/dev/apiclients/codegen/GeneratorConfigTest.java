package dev.apiclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorConfigTest {
  @TempDir Path templates;

  @Test
  void appendsTheClientsSupportingFilesToTheTemplatesOwn() throws Exception {
    Files.writeString(templates.resolve("generator-files.yaml"), "files:\n");

    String yaml = GeneratorConfig.of(templates, "Cyclr", "dev.apiclients.cyclr");

    assertTrue(yaml.startsWith("files:\n  SecretFields.mustache:\n    templateType: SupportingFiles\n"
        + "    folder: src/main/java/dev/apiclients/cyclr/internal\n    destinationFilename: SecretFields.java\n"), yaml);
    assertTrue(yaml.endsWith("  ClientAsync.mustache:\n    templateType: SupportingFiles\n"
        + "    folder: src/main/java/dev/apiclients/cyclr\n    destinationFilename: CyclrClientAsync.java\n"), yaml);
  }

  @Test
  void clientNameIsRequired() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GeneratorConfig.of(templates, " ", "dev.apiclients.cyclr"));
    assertEquals("A generated client module sets client.name (Cyclis, Cyclr, ...): it names the generated"
        + " {Client}Calls, {Client}Operations and {Client}ClientAsync classes", e.getMessage());
  }

  @Test
  void clientPackageMustBeAPackageName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GeneratorConfig.of(templates, "Cyclr", "dev/apiclients"));
    assertEquals("client.package is not a Java package name: 'dev/apiclients'", e.getMessage());
  }
}
