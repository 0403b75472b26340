package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each pact file the consumer tests wrote passes PactFlow's own check of a pact against the
 * provider's OpenAPI file, {@code @pactflow/swagger-mock-validator} with its default (strict) options,
 * with no error and no warning: what a user's {@code can-i-deploy} on PactFlow's bi-directional
 * contract testing runs. Reads the pact files, so it runs after the consumer tests (failsafe).
 */
class PactflowValidatorIT {
  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiUnderTest.class)
  void pactFileHasNoErrorAndNoWarning(ApiUnderTest api) {
    Path validator = NodeTools.tool("swagger-mock-validator");
    Path spec = NodeTools.specFile(api);
    Path pact = api.pactFile().toAbsolutePath();

    NodeTools.Result result = NodeTools.run(Duration.ofMinutes(2), validator, spec, pact);

    String errors = result.lastLineWith("error(s)");
    String warnings = result.lastLineWith("warning(s)");
    NodeTools.record("swagger-mock-validator " + pact.getFileName() + " against " + spec.getFileName() + ": "
        + errors + ", " + warnings);
    assertEquals(0, result.exitCode(), () -> pact + " fails against " + spec + ":\n" + result.output());
    assertEquals("0 error(s)", errors, result::output);
    assertEquals("0 warning(s)", warnings, result::output);
  }
}
