package dev.apiclients.spectooling.rules;


/** {@code info.description} is present and not blank. */
final class InfoDescription implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    if (spec.root().path("info").path("description").asText("").isBlank()) {
      findings.add("#/info", "has no description");
    }
  }
}
