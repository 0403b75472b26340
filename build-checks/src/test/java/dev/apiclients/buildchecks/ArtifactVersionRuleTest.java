package dev.apiclients.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.apiclients.spectooling.CompatibilityGate;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArtifactVersionRuleTest {
  /** The breaking-change gate's fixtures, from spec-tooling's test-jar. */
  private static final String FIXTURES = "fixtures/compat/";

  /**
   * What the rule says for a fixture against the last release and the project version: the
   * fixture's info.version is set where given, and no message means the version passes.
   */
  static Stream<Arguments> versions() {
    return Stream.of(
        versions("a breaking change under a minor artifact bump fails",
            "breaking.yaml", "2.0.0", "1.3.0", "1.4.0-SNAPSHOT",
            "breaking.yaml has 10 breaking change(s) since release 1.3.0, so the artifacts need a new major "
                + "version: 2.0.0 or later, not 1.4.0-SNAPSHOT."),
        versions("a breaking change under a major artifact bump passes",
            "breaking.yaml", "2.0.0", "1.3.0", "2.0.0-SNAPSHOT"),
        versions("an addition under a patch artifact bump fails",
            "compatible.yaml", null, "1.3.0", "1.3.1",
            "compatible.yaml has API changes (additions) since release 1.3.0, so the artifacts need a new minor "
                + "version: 1.4.0 or later, not 1.3.1."),
        versions("an addition under a minor artifact bump passes",
            "compatible.yaml", null, "1.3.0", "1.4.0-SNAPSHOT"),
        versions("an unchanged spec allows a patch",
            "baseline.yaml", null, "1.3.0", "1.3.1-SNAPSHOT"),
        versions("an unchanged spec does not allow the released version again",
            "baseline.yaml", null, "1.3.0", "1.3.0-SNAPSHOT",
            "The project version 1.3.0-SNAPSHOT is not above the last release 1.3.0."),
        versions("nothing is demanded before the first release",
            "breaking.yaml", "2.0.0", "none", "1.0.0-SNAPSHOT"),
        versions("a version that is not semantic is named",
            "baseline.yaml", null, "v1", "1.0.0",
            "apiclients.released.version 'v1' is not MAJOR.MINOR.PATCH."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void projectVersionMustStepAsFarAsTheSpecChanged(String behaviour, String fixture, String infoVersion,
      String released, String project, List<String> expected) throws IOException {
    assertEquals(expected, ArtifactVersionRule.check(gate(fixture, infoVersion), released, project));
  }

  @Test
  void stepIsMajorForBreakingMinorForAdditionsPatchOtherwise() throws IOException {
    assertEquals(ArtifactVersionRule.Step.MAJOR, ArtifactVersionRule.Step.of(gate("breaking.yaml", "2.0.0")));
    assertEquals(ArtifactVersionRule.Step.MINOR, ArtifactVersionRule.Step.of(gate("compatible.yaml", null)));
    assertEquals(ArtifactVersionRule.Step.PATCH, ArtifactVersionRule.Step.of(gate("baseline.yaml", null)));
  }

  /** A baseline spec of release 1.0.0 and its SHA-256 (sha256sum of the same three lines). */
  private static final String SPEC_1_0_0 = "openapi: 3.0.3\ninfo:\n  version: 1.0.0\n";
  private static final String SHA_1_0_0 = "0500006565c5b0c11a97b0b7a787d392f5bd66f2758f9a995c7686e71ccea945";
  private static final String SHA_2_0_0 = "12a505ec6f66b75452f4c57a257a1e9500bf96ba46e1b0a8e98b248855bbfc12";

  @Test
  void aBaselineNamedByItsReleaseFileAndThePomPasses(@TempDir Path dir) throws IOException {
    Path baseline = Files.writeString(dir.resolve("api.yaml"), SPEC_1_0_0);
    Files.writeString(dir.resolve("release.properties"), "released.version=1.0.0\nbaseline.sha256=" + SHA_1_0_0 + "\n");

    assertEquals(List.of(), ArtifactVersionRule.checkBaseline(baseline, "1.0.0"));
  }

  @Test
  void aBaselineReplacedByANewerSpecWithoutItsReleaseFileFails(@TempDir Path dir) throws IOException {
    // The slip this guards against: the 2.0.0 spec copied in as the baseline, the rest left at 1.0.0.
    Path baseline = Files.writeString(dir.resolve("api.yaml"), SPEC_1_0_0.replace("1.0.0", "2.0.0"));
    Path release = Files.writeString(dir.resolve("release.properties"),
        "released.version=1.0.0\nbaseline.sha256=" + SHA_1_0_0 + "\n");

    assertEquals(List.of("api.yaml is not the spec release.properties was written for (its SHA-256 is " + SHA_2_0_0
            + ", the file says '" + SHA_1_0_0 + "'). A new baseline is the spec of a release: set released.version "
            + "to that release and baseline.sha256 to " + SHA_2_0_0 + " in " + release
            + ", and apiclients.released.version in pom.xml to the same release."),
        ArtifactVersionRule.checkBaseline(baseline, "1.0.0"));
  }

  @Test
  void aReleaseFileNamingAnotherReleaseThanThePomFails(@TempDir Path dir) throws IOException {
    Path baseline = Files.writeString(dir.resolve("api.yaml"), SPEC_1_0_0);
    Path release = Files.writeString(dir.resolve("release.properties"),
        "released.version=1.0.0\nbaseline.sha256=" + SHA_1_0_0 + "\n");

    assertEquals(List.of(release + " says api.yaml is the spec of release '1.0.0', but pom.xml's "
            + "apiclients.released.version is 'none': the version rule would compare the project version with one "
            + "release and the spec with another's. Make them name the release whose spec the baseline is."),
        ArtifactVersionRule.checkBaseline(baseline, "none"));
  }

  @Test
  void aBaselineWithoutAReleaseFileFailsNamingWhatToWrite(@TempDir Path dir) throws IOException {
    Path baseline = Files.writeString(dir.resolve("api.yaml"), SPEC_1_0_0);

    assertEquals(List.of(dir.resolve("release.properties") + " is missing: it names the release whose spec "
            + "api.yaml is, as released.version=none and baseline.sha256=" + SHA_1_0_0 + "."),
        ArtifactVersionRule.checkBaseline(baseline, "none"));
  }

  private static Arguments versions(String behaviour, String fixture, String infoVersion, String released,
      String project, String... expected) {
    return Arguments.of(behaviour, fixture, infoVersion, released, project, List.of(expected));
  }

  /** The gate on a fixture, with its info.version set to {@code infoVersion} when given. */
  private static CompatibilityGate.Result gate(String fixture, String infoVersion) throws IOException {
    String spec = fixture(fixture);
    if (infoVersion != null) {
      spec = spec.replaceFirst("(?m)^  version: .*$", "  version: " + infoVersion);
    }
    return CompatibilityGate.check(fixture, fixture("baseline.yaml"), spec);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = ArtifactVersionRuleTest.class.getClassLoader().getResourceAsStream(FIXTURES + name)) {
      if (in == null) {
        throw new FileNotFoundException(FIXTURES + name + " is not on the classpath (spec-tooling's test-jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
