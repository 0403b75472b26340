package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** Every Example object has exactly one of {@code value} and {@code externalValue}. */
final class ExampleValueOrExternalValue implements LintRule {
  @Override
  public Rule rule() {
    return Rule.EXAMPLE_VALUE_OR_EXTERNAL_VALUE;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Located example : spec.exampleObjects()) {
      if (example.node().has("value") == example.node().has("externalValue")) {
        spec.add(rule(), example.pointer(), "example must have exactly one of value and externalValue");
      }
    }
  }
}
