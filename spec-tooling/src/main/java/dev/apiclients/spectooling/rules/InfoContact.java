package dev.apiclients.spectooling.rules;


/** {@code info.contact} is present. */
final class InfoContact implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    if (!spec.root().path("info").path("contact").isObject()) {
      findings.add("#/info", "has no contact");
    }
  }
}
