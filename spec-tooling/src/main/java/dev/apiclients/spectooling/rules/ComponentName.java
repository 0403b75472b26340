package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;
import java.util.regex.Pattern;

/** Component names are made of {@code [a-zA-Z0-9._-]}. */
final class ComponentName implements LintRule {
  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9._-]+$");

  @Override
  public Rule rule() {
    return Rule.COMPONENT_NAME;
  }

  @Override
  public void check(SpecTree spec) {
    for (Components.Component component : Components.of(spec)) {
      if (!NAME.matcher(component.name()).matches()) {
        spec.add(rule(), component.pointer(), "component name '" + component.name() + "' is not made of [a-zA-Z0-9._-]");
      }
    }
  }
}
