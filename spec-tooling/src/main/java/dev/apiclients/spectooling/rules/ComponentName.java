package dev.apiclients.spectooling.rules;

import java.util.regex.Pattern;

/** Component names are made of {@code [a-zA-Z0-9._-]}. */
final class ComponentName implements LintRule {
  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9._-]+$");

  @Override
  public void check(SpecTree spec, Findings findings) {
    for (Components.Component component : Components.of(spec)) {
      if (!NAME.matcher(component.name()).matches()) {
        findings.add(component.pointer(), "component name '" + component.name() + "' is not made of [a-zA-Z0-9._-]");
      }
    }
  }
}
