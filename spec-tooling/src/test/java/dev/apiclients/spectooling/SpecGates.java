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
 * class, taking it from spec-tooling's test-jar; spec-parent hands over the files as the surefire
 * system properties {@code spec.file}, {@code spec.baseline.file} and {@code spec.report.directory}.
 * The release rules (artifact version, baseline, changelog) are build-checks' {@code ReleaseRulesTest}.
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
