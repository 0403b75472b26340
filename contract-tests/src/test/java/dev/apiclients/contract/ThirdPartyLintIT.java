package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
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
    Path spectral = NodeTools.tool("spectral");
    Path spec = NodeTools.specFile(api);

    NodeTools.Result result = NodeTools.run(TIMEOUT, spectral, "lint", "--ruleset",
        NodeTools.config(".spectral.yaml"), "--fail-severity=hint", spec);

    String summary = result.lastLineWith("No results with a severity");
    NodeTools.record("Spectral (spectral:oas) " + spec.getFileName() + ": " + summary);
    assertEquals(0, result.exitCode(), () -> "Spectral found problems in " + spec + ":\n" + result.output());
    assertEquals("No results with a severity of 'hint' or higher found!", summary, result::output);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiUnderTest.class)
  void redoclyFindsNothing(ApiUnderTest api) {
    Path redocly = NodeTools.tool("redocly");
    Path spec = NodeTools.specFile(api);

    NodeTools.Result result = NodeTools.run(TIMEOUT, redocly, "lint", "--config",
        NodeTools.config("redocly.yaml"), spec);

    String summary = result.lastLineWith("Your API description is valid");
    NodeTools.record("Redocly (recommended) " + spec.getFileName() + ": " + summary);
    assertEquals(0, result.exitCode(), () -> "Redocly found problems in " + spec + ":\n" + result.output());
    assertTrue(summary.startsWith("Woohoo! Your API description is valid."), result::output);
    // Redocly passes a spec with warnings, then adds "You have N warning(s)."
    assertFalse(result.output().contains("You have "), result::output);
  }
}
