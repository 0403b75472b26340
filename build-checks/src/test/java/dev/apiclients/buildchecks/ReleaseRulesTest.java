package dev.apiclients.buildchecks;

import static org.junit.jupiter.api.Assertions.fail;

import dev.apiclients.spectooling.CompatibilityGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The release rules, checked on every build for both specs (docs/releasing.md): the artifact version
 * follows what the breaking-change gate finds since the last release ({@link ArtifactVersionRule}), each
 * baseline is the spec of that release, and {@code CHANGELOG.md} follows Keep a Changelog and names each
 * spec's {@code info.version} in its client's section ({@link Changelog}). The POM hands over
 * {@code reactor.root}, {@code apiclients.version}, {@code apiclients.released.version} and
 * {@code changelog.file}.
 */
class ReleaseRulesTest {
  /** Each spec module, its spec's file name (in src/main/resources/openapi and src/baseline) and its changelog section. */
  static Stream<Arguments> specs() {
    return Stream.of(
        Arguments.of("cyclis-spec", "cyclis-integrator-api.yaml", "Cyclis client"),
        Arguments.of("cyclr-spec", "cyclr-partner-api.yaml", "Cyclr client"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void artifactVersionFollowsTheGate(String module, String specFile, String section) throws IOException {
    List<String> problems = ArtifactVersionRule.check(gate(module, specFile),
        property("apiclients.released.version"), property("apiclients.version"));
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems) + "\nSet the version in every POM (docs/releasing.md, \"Versions\").");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void baselineIsTheSpecOfTheLastRelease(String module, String specFile, String section) throws IOException {
    List<String> problems = ArtifactVersionRule.checkBaseline(baseline(module, specFile),
        property("apiclients.released.version"));
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems) + "\nSee docs/releasing.md, \"Versions\".");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void changelogNamesTheSpecVersion(String module, String specFile, String section) throws IOException {
    CompatibilityGate.Result result = gate(module, specFile);
    Path changelogFile = file(Path.of(property("changelog.file")));
    if (!Changelog.parse(Files.readString(changelogFile)).namesSpecVersion(section, result.version())) {
      fail(changelogFile + " has no line naming \"spec " + result.version() + "\" under a \"### " + section
          + "\" heading, but " + result.name() + " is at info.version " + result.version()
          + ". Add one to the Unreleased release, e.g.:\n### " + section + "\n#### Changed\n- " + result.name()
          + " spec " + result.version() + ": <what changed for users>");
    }
  }

  @Test
  void changelogFollowsKeepAChangelog() throws IOException {
    Path changelogFile = file(Path.of(property("changelog.file")));
    List<String> problems = Changelog.parse(Files.readString(changelogFile)).keepAChangelogProblems();
    if (!problems.isEmpty()) {
      fail(changelogFile + " does not follow Keep a Changelog (docs/releasing.md, \"Changelog\"):\n  "
          + String.join("\n  ", problems));
    }
  }

  /** The breaking-change gate on the module's spec against its baseline, as the spec module's SpecGates runs it. */
  private static CompatibilityGate.Result gate(String module, String specFile) throws IOException {
    Path spec = file(Path.of(property("reactor.root"), module, "src/main/resources/openapi", specFile));
    return CompatibilityGate.check(baseline(module, specFile), spec);
  }

  private static Path baseline(String module, String specFile) {
    return file(Path.of(property("reactor.root"), module, "src/baseline", specFile));
  }

  private static Path file(Path file) {
    if (!Files.isRegularFile(file)) {
      fail(file + " is not a file");
    }
    return file;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank() || value.contains("${")) {
      fail("system property " + name + " is not set: build-checks' POM sets it");
    }
    return value;
  }
}
