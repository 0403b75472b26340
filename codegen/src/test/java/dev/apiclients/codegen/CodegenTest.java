package dev.apiclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodegenTest {
  private static final Path FIXTURE = Paths.get("src/test/resources/fixture.yaml");

  @TempDir Path work;

  private String prepare(String clientPackage, Path spec) throws Exception {
    List<String> args = new ArrayList<>(List.of("prepare", "--spec=" + spec, "--input=" + work.resolve("input"),
        "--output=" + work.resolve("output"), "--client-name=Fixture", "--client-package=" + clientPackage,
        "--strip-path-prefix=/api/partner", "--generator-version=7.25.0"));
    return Codegen.prepare(Codegen.Options.parse(args.toArray(new String[0])));
  }

  @Test
  void firstPrepareWritesTheGeneratorsInputs() throws Exception {
    String log = prepare("dev.fixture", FIXTURE);

    assertEquals("Generator inputs (spec, templates, configuration) changed: deleting " + work.resolve("output")
        + " to regenerate", log);
    String spec = FileTrees.read(work.resolve("input/spec.yaml"));
    assertTrue(spec.contains("/things:"), spec);
    assertFalse(spec.contains("/api/partner"), spec);
    assertTrue(spec.contains("x-apiclients-exception: \"ApiHttpException.NotFoundException\""), spec);
    assertEquals("# Written by GeneratorInput: no services for tags of client-internal operations only.\n"
        + "**/AuthApiService.java\n**/AuthApiServiceAsync.java\n",
        FileTrees.read(work.resolve("input/openapi-generator-ignore")));
    assertTrue(Files.isRegularFile(work.resolve("input/templates/libraries/retrofit2/api.mustache")));
    assertTrue(FileTrees.read(work.resolve("input/generator-config.yaml"))
        .contains("    folder: src/main/java/dev/fixture/internal\n"));
  }

  @Test
  void unchangedInputsKeepTheGeneratedSources() throws Exception {
    prepare("dev.fixture", FIXTURE);
    Path generated = Files.writeString(work.resolve("output/Generated.java"), "class Generated {}");

    assertEquals("Generator inputs (spec, templates, configuration) unchanged: the generator skips",
        prepare("dev.fixture", FIXTURE));
    assertTrue(Files.exists(generated));
  }

  @Test
  void aChangedSpecDeletesTheGeneratedSources() throws Exception {
    Path spec = Files.copy(FIXTURE, work.resolve("spec.yaml"));
    prepare("dev.fixture", spec);
    Path generated = Files.writeString(work.resolve("output/Generated.java"), "class Generated {}");
    Files.writeString(spec, Files.readString(spec).replace("List things", "List the things"));

    prepare("dev.fixture", spec);

    assertFalse(Files.exists(generated));
  }

  @Test
  void aChangedClientPackageDeletesTheGeneratedSources() throws Exception {
    prepare("dev.fixture", FIXTURE);
    Path generated = Files.writeString(work.resolve("output/Generated.java"), "class Generated {}");

    prepare("dev.fixture.moved", FIXTURE);

    assertFalse(Files.exists(generated));
  }

  @Test
  void unknownStepIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Codegen.main(new String[] {"generate"}));
    assertEquals("Unknown step 'generate': prepare, shrinker-rules or spec-fingerprint", e.getMessage());
  }

  @Test
  void optionWithoutValueIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Codegen.Options.parse(new String[] {"prepare", "--spec"}));
    assertEquals("Expected --name=value, got '--spec'", e.getMessage());
  }
}
