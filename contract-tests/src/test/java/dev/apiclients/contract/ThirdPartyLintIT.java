package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both specs pass the field's own linters with no finding at all: Spectral's {@code spectral:oas}
 * (hints included) and Redocly's {@code recommended} set. The Java lint in {@code spec-tooling}
 * mirrors their rules so that a spec change fails fast without Node; this is the proof that the
 * mirror and the tools agree on these specs.
 */
class ThirdPartyLintIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiUnderTest.class)
  void spectralFindsNothing(ApiUnderTest api) {
    Lint spectral = lint(api, "spectral", "Spectral (spectral:oas)", "No results with a severity",
        "--ruleset", NodeTools.config(".spectral.yaml"), "--fail-severity=hint");

    assertEquals("No results with a severity of 'hint' or higher found!", spectral.summary(),
        spectral.result()::output);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiUnderTest.class)
  void redoclyFindsNothing(ApiUnderTest api) {
    Lint redocly = lint(api, "redocly", "Redocly (recommended)", "Your API description is valid",
        "--config", NodeTools.config("redocly.yaml"));

    assertTrue(redocly.summary().startsWith("Woohoo! Your API description is valid."), redocly.result()::output);
    // Redocly passes a spec with warnings, then adds "You have N warning(s)."
    assertFalse(redocly.result().output().contains("You have "), redocly.result()::output);
  }

  /**
   * Runs {@code <tool> lint <options> <spec>}, records the last output line with {@code
   * summaryMarker} under {@code label}, and fails unless the tool exits with 0.
   */
  private static Lint lint(ApiUnderTest api, String tool, String label, String summaryMarker, Object... options) {
    Path spec = NodeTools.specFile(api);
    List<Object> command = new ArrayList<>(List.of(NodeTools.tool(tool), "lint"));
    command.addAll(List.of(options));
    command.add(spec);

    NodeTools.Result result = NodeTools.run(TIMEOUT, command.toArray());

    String summary = result.lastLineWith(summaryMarker);
    NodeTools.record(label + " " + spec.getFileName() + ": " + summary);
    assertEquals(0, result.exitCode(), () -> label + " found problems in " + spec + ":\n" + result.output());
    return new Lint(result, summary);
  }

  /** A finished lint run and its summary line. */
  private record Lint(NodeTools.Result result, String summary) {}
}
