package dev.apiclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
    assertTrue(yaml.contains("  ClientAsync.mustache:\n    templateType: SupportingFiles\n"
        + "    folder: src/main/java/dev/apiclients/cyclr\n    destinationFilename: CyclrClientAsync.java\n"
        + "apiPackage: dev.apiclients.cyclr.api\nmodelPackage: dev.apiclients.cyclr.model\n"
        + "invokerPackage: dev.apiclients.cyclr.internal\n"), yaml);
  }

  @Test
  void generatorReadsEveryMappingAndOptionAsAString() throws Exception {
    Files.writeString(templates.resolve("generator-files.yaml"), "files:\n");

    JsonNode config = new YAMLMapper().readTree(GeneratorConfig.of(templates, "Cyclr", "dev.apiclients.cyclr"));

    assertEquals("java.util.Objects", config.path("importMappings").path("SerializedName").textValue());
    assertEquals("String", config.path("importMappings").path("TypeAdapter").textValue());
    assertEquals("LocalDateTime", config.path("typeMappings").path("string+local-date-time").textValue());
    assertEquals("false", config.path("additionalProperties").path("openApiNullable").textValue());
    assertEquals("Cyclr", config.path("additionalProperties").path("clientName").textValue());
    assertEquals("dev.apiclients.cyclr", config.path("additionalProperties").path("clientPackage").textValue());
    assertEquals(GeneratorConfig.IMPORT_MAPPINGS.size(), config.path("importMappings").size());
    assertEquals(GeneratorConfig.TYPE_MAPPINGS.size(), config.path("typeMappings").size());
    assertEquals(GeneratorConfig.OPTIONS.size() + 2, config.path("additionalProperties").size());
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
