package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** {@code info.description} is present and not blank. */
final class InfoDescription implements LintRule {
  @Override
  public Rule rule() {
    return Rule.INFO_DESCRIPTION;
  }

  @Override
  public void check(SpecTree spec) {
    if (spec.root().path("info").path("description").asText("").isBlank()) {
      spec.add(rule(), "#/info", "has no description");
    }
  }
}
