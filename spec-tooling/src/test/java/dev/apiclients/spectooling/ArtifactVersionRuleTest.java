package dev.apiclients.spectooling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArtifactVersionRuleTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/compat");

  @Test
  void breakingChangeUnderAMinorArtifactBumpFails() throws IOException {
    CompatibilityGate.Result breaking = gate("breaking.yaml", "2.0.0");

    assertEquals(List.of("breaking.yaml has 10 breaking change(s) since release 1.3.0, so the artifacts need "
            + "a new major version: 2.0.0 or later, not 1.4.0-SNAPSHOT."),
        ArtifactVersionRule.check(breaking, "1.3.0", "1.4.0-SNAPSHOT"));
  }

  @Test
  void breakingChangeUnderAMajorArtifactBumpPasses() throws IOException {
    CompatibilityGate.Result breaking = gate("breaking.yaml", "2.0.0");

    assertEquals(List.of(), ArtifactVersionRule.check(breaking, "1.3.0", "2.0.0-SNAPSHOT"));
  }

  @Test
  void additionUnderAPatchArtifactBumpFails() throws IOException {
    CompatibilityGate.Result additions = gate("compatible.yaml", null);

    assertEquals(List.of("compatible.yaml has API changes (additions) since release 1.3.0, so the artifacts "
            + "need a new minor version: 1.4.0 or later, not 1.3.1."),
        ArtifactVersionRule.check(additions, "1.3.0", "1.3.1"));
  }

  @Test
  void additionUnderAMinorArtifactBumpPasses() throws IOException {
    CompatibilityGate.Result additions = gate("compatible.yaml", null);

    assertEquals(List.of(), ArtifactVersionRule.check(additions, "1.3.0", "1.4.0-SNAPSHOT"));
  }

  @Test
  void unchangedSpecAllowsAPatchButNotTheReleasedVersionAgain() throws IOException {
    CompatibilityGate.Result unchanged = gate("baseline.yaml", null);

    assertEquals(List.of(), ArtifactVersionRule.check(unchanged, "1.3.0", "1.3.1-SNAPSHOT"));
    assertEquals(List.of("The project version 1.3.0-SNAPSHOT is not above the last release 1.3.0."),
        ArtifactVersionRule.check(unchanged, "1.3.0", "1.3.0-SNAPSHOT"));
  }

  @Test
  void nothingIsDemandedBeforeTheFirstRelease() throws IOException {
    CompatibilityGate.Result breaking = gate("breaking.yaml", "2.0.0");

    assertEquals(List.of(), ArtifactVersionRule.check(breaking, "none", "1.0.0-SNAPSHOT"));
  }

  @Test
  void versionsThatAreNotSemanticAreNamed() throws IOException {
    CompatibilityGate.Result unchanged = gate("baseline.yaml", null);

    assertEquals(List.of("apiclients.released.version 'v1' is not MAJOR.MINOR.PATCH."),
        ArtifactVersionRule.check(unchanged, "v1", "1.0.0"));
  }

  @Test
  void stepIsMajorForBreakingMinorForAdditionsPatchOtherwise() throws IOException {
    assertEquals(ArtifactVersionRule.Step.MAJOR, ArtifactVersionRule.Step.of(gate("breaking.yaml", "2.0.0")));
    assertEquals(ArtifactVersionRule.Step.MINOR, ArtifactVersionRule.Step.of(gate("compatible.yaml", null)));
    assertEquals(ArtifactVersionRule.Step.PATCH, ArtifactVersionRule.Step.of(gate("baseline.yaml", null)));
  }

  /** The gate on a fixture, with its info.version set to {@code infoVersion} when given. */
  private static CompatibilityGate.Result gate(String fixture, String infoVersion) throws IOException {
    String spec = Files.readString(FIXTURES.resolve(fixture));
    if (infoVersion != null) {
      spec = spec.replaceFirst("(?m)^  version: .*$", "  version: " + infoVersion);
    }
    return CompatibilityGate.check(fixture, Files.readString(FIXTURES.resolve("baseline.yaml")), spec);
  }
}
