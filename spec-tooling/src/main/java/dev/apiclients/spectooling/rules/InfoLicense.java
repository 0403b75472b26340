package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** {@code info.license.name} is present. */
final class InfoLicense implements LintRule {
  @Override
  public Rule rule() {
    return Rule.INFO_LICENSE;
  }

  @Override
  public void check(SpecTree spec) {
    if (spec.root().path("info").path("license").path("name").asText("").isBlank()) {
      spec.add(rule(), "#/info", "has no license (name)");
    }
  }
}
