package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
   * The linters bite, and the Java lint's {@code no-unused-components} mirrors them: the Cyclr spec
   * with one schema nothing refers to, marked with the {@code x-unreferenced-reason} extension the
   * Java lint once accepted, is one finding for each tool.
   */
  @Test
  void bothLintersFlagAnUnusedComponentWhateverItsExtensionsSay() throws IOException {
    Path spectralTool = NodeTools.tool("spectral");
    Path redoclyTool = NodeTools.tool("redocly");
    Path spec = withUnusedComponent(ApiUnderTest.CYCLR);

    NodeTools.Result spectral = NodeTools.run(TIMEOUT, spectralTool, "lint",
        "--ruleset", NodeTools.config(".spectral.yaml"), "--fail-severity=hint", spec);
    NodeTools.Result redocly = NodeTools.run(TIMEOUT, redoclyTool, "lint",
        "--config", NodeTools.config("redocly.yaml"), spec);

    assertNotEquals(0, spectral.exitCode(), spectral::output);
    assertEquals("✖ 1 problem (0 errors, 1 warning, 0 infos, 0 hints)", spectral.lastLineWith("problem"),
        spectral::output);
    assertTrue(spectral.lastLineWith("oas3-unused-component").endsWith("components.schemas.Unused"),
        spectral::output);
    // Redocly's recommended set warns (exit 0) and says how many.
    assertEquals("You have 1 warning.", redocly.lastLineWith("You have"), redocly::output);
    assertTrue(redocly.output().contains("no-unused-components rule"), redocly::output);
  }

  /** A copy of the API's spec with {@code components.schemas.Unused}, in {@code target/third-party-checks/}. */
  private static Path withUnusedComponent(ApiUnderTest api) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectNode tree;
    try (InputStream in = ApiUnderTest.resource("openapi/" + api.provider() + ".yaml").openStream()) {
      tree = (ObjectNode) yaml.readTree(in);
    }
    ((ObjectNode) tree.get("components").get("schemas")).putObject("Unused")
        .put("type", "string")
        .put("description", "Nothing refers to this.")
        .put("x-unreferenced-reason", "Kept on purpose.");
    Path copy = NodeTools.workDir().resolve(api.provider() + "-with-unused-component.yaml");
    yaml.writeValue(copy.toFile(), tree);
    return copy;
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
