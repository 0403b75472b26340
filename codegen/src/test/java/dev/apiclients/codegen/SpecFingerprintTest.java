package dev.apiclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFingerprintTest {
  private static final Path FIXTURE = Paths.get("src/test/resources/fixture.yaml");
  private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  @TempDir Path work;

  @Test
  void readsTitleAndVersionWithoutQuotes() throws Exception {
    SpecFingerprint fingerprint = SpecFingerprint.of(FIXTURE);

    assertEquals("Fixture API", fingerprint.title());
    assertEquals("1.2.3", fingerprint.version());
    assertEquals(64, fingerprint.sha256().length());
  }

  @Test
  void resourceNamesSpecAndArtifact() {
    assertEquals("# The OpenAPI document this jar was built from (SHA-256 of the file's bytes).\n"
        + "spec.title=Fixture API\nspec.version=1.2.3\nspec.resource=openapi/fixture.yaml\nspec.sha256=" + SHA + "\n"
        + "artifact.id=x-spec\nartifact.version=1.0.0\n",
        new SpecFingerprint("Fixture API", "1.2.3", "fixture.yaml", SHA).resource("x-spec", "1.0.0"));
  }

  @Test
  void manifestPropertiesAreEscaped() {
    assertEquals("# Read into the build (properties-maven-plugin) for the jar's manifest entries.\n"
        + "spec.fingerprint.title=A\\: B\\=C \\u00e9\nspec.fingerprint.version=1\nspec.fingerprint.sha256=" + SHA + "\n",
        new SpecFingerprint("A: B=C \u00e9", "1", "f.yaml", SHA).manifestProperties());
  }

  @Test
  void writesTheJarResourceAndTheJavadocPage() throws Exception {
    SpecFingerprint.of(FIXTURE).write("x-spec", "1.0.0", work.resolve("classes"), work);

    assertEquals(SpecFingerprint.of(FIXTURE).resource("x-spec", "1.0.0"),
        Files.readString(work.resolve("classes/META-INF/apiclients/x-spec.properties")));
    assertEquals(SpecFingerprint.of(FIXTURE).javadocPage("x-spec"), Files.readString(work.resolve("spec-javadoc/index.html")));
  }
}
