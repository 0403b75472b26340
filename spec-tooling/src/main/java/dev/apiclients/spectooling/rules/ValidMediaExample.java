package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** Every request and response example matches its media type's schema. */
final class ValidMediaExample implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.validateExamples(Rule.VALID_MEDIA_EXAMPLE, findings);
  }
}
