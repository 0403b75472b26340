package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** {@code info.contact} is present. */
final class InfoContact implements LintRule {
  @Override
  public Rule rule() {
    return Rule.INFO_CONTACT;
  }

  @Override
  public void check(SpecTree spec) {
    if (!spec.root().path("info").path("contact").isObject()) {
      spec.add(rule(), "#/info", "has no contact");
    }
  }
}
