package dev.apiclients.spectooling.rules;


/** {@code info.license.name} is present. */
final class InfoLicense implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    if (spec.root().path("info").path("license").path("name").asText("").isBlank()) {
      findings.add("#/info", "has no license (name)");
    }
  }
}
