package dev.apiclients.spectooling;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The gates every spec module's build runs on its spec: the lint ({@link SpecLinter}) and the
 * breaking-change gate ({@link CompatibilityGate}). A spec module extends this with an empty test
 * class, taking it from spec-tooling's test-jar; spec-parent hands over the files as the surefire system properties {@code spec.file},
 * {@code spec.baseline.file} and {@code spec.report.directory}; for the version rule
 * ({@link ArtifactVersionRule}) {@code apiclients.version} and {@code apiclients.released.version}, which
 * the {@code release.properties} beside the baseline must name too;
 * for the changelog check {@code changelog.file} and {@code changelog.section}.
 *
 * <pre>{@code
 * class CyclisSpecGatesTest extends SpecGates {}
 * }</pre>
 */
public abstract class SpecGates {

  @Test
  void specPassesTheLint() throws IOException {
    Path spec = file("spec.file");
    List<Finding> findings = SpecLinter.lint(spec);
    if (!findings.isEmpty()) {
      fail(findings.size() + " lint finding(s) in " + spec + " (rules: docs/spec-lint.md):\n"
          + findings.stream().map(finding -> "  " + finding).collect(Collectors.joining("\n")));
    }
  }

  @Test
  void specIsCompatibleWithItsBaseline() throws IOException {
    CompatibilityGate.Result result = CompatibilityGate.check(file("spec.baseline.file"), file("spec.file"));
    Path report = result.writeReport(Path.of(property("spec.report.directory")));
    if (!result.passed()) {
      fail(result.failureMessage() + "\nReport: " + report);
    }
  }

  @Test
  void artifactVersionFollowsTheGate() throws IOException {
    CompatibilityGate.Result result = CompatibilityGate.check(file("spec.baseline.file"), file("spec.file"));
    List<String> problems = ArtifactVersionRule.check(result, property("apiclients.released.version"),
        property("apiclients.version"));
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems) + "\nSet the version in every POM (docs/releasing.md, \"Versions\").");
    }
  }

  @Test
  void baselineIsTheSpecOfTheLastRelease() throws IOException {
    List<String> problems = ArtifactVersionRule.checkBaseline(file("spec.baseline.file"),
        property("apiclients.released.version"));
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems) + "\nSee docs/releasing.md, \"Versions\".");
    }
  }

  @Test
  void changelogNamesTheSpecVersion() throws IOException {
    CompatibilityGate.Result result = CompatibilityGate.check(file("spec.baseline.file"), file("spec.file"));
    Path changelogFile = file("changelog.file");
    String section = property("changelog.section");
    if (!Changelog.parse(Files.readString(changelogFile)).namesSpecVersion(section, result.version())) {
      fail(changelogFile + " has no line naming \"spec " + result.version() + "\" under a \"### " + section
          + "\" heading, but " + result.name() + " is at info.version " + result.version()
          + ". Add one to the Unreleased release, e.g.:\n### " + section + "\n#### Changed\n- " + result.name()
          + " spec " + result.version() + ": <what changed for users>");
    }
  }

  @Test
  void changelogFollowsKeepAChangelog() throws IOException {
    Path changelogFile = file("changelog.file");
    List<String> problems = Changelog.parse(Files.readString(changelogFile)).keepAChangelogProblems();
    if (!problems.isEmpty()) {
      fail(changelogFile + " does not follow Keep a Changelog (docs/releasing.md, \"Changelog\"):\n  "
          + String.join("\n  ", problems));
    }
  }

  private static Path file(String property) {
    Path file = Path.of(property(property));
    if (!Files.isRegularFile(file)) {
      fail("system property " + property + " names " + file + ", which is not a file");
    }
    return file;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank() || value.contains("${")) {
      fail("system property " + name + " is not set: the spec module's POM sets it (see cyclis-spec)");
    }
    return value;
  }
}
