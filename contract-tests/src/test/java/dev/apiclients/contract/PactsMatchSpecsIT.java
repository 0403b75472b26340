package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every interaction of every pact file the consumer tests wrote honours the provider's spec, request
 * and response. Runs in failsafe's integration-test phase, after surefire's consumer tests wrote the
 * pact files; a pact that the spec does not allow would pass its consumer test and then fail against
 * the real provider, so it fails the build here, naming the interaction and the validator's finding.
 */
class PactsMatchSpecsIT {
  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiUnderTest.class)
  void everyInteractionHonoursTheSpec(ApiUnderTest api) {
    List<String> violations = PactSpecCheck.violations(api, api.pactFile());

    assertTrue(violations.isEmpty(), () -> api.pactFile().getFileName() + " breaks " + api.specUrl()
        + " in " + violations.size() + " place(s):\n  " + String.join("\n  ", violations) + "\n");
  }
}
