package dev.apiclients.spectooling.rules;

import java.util.Set;

/**
 * Every component is referenced. Like Spectral's {@code oas3-unused-component} and Redocly's {@code
 * no-unused-components}, there is no exemption: a component the spec keeps for a reason is kept by
 * a reference.
 */
final class NoUnusedComponents implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    Set<String> refs = spec.refs();
    for (Components.Component component : Components.of(spec)) {
      String pointer = component.pointer();
      boolean referenced = refs.stream().anyMatch(ref -> ref.equals(pointer) || ref.startsWith(pointer + "/"));
      if (!referenced) {
        findings.add(pointer, "is never referenced: reference it or remove it (Spectral's oas3-unused-component"
            + " and Redocly's no-unused-components allow no exception)");
      }
    }
  }
}
