package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** Every parameter and header example matches its schema. */
final class ValidParameterExample implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.validateExamples(Rule.VALID_PARAMETER_EXAMPLE, findings);
  }
}
