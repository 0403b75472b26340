package dev.apiclients.spectooling.rules;


/** Every Example object has exactly one of {@code value} and {@code externalValue}. */
final class ExampleValueOrExternalValue implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Located example : spec.exampleObjects()) {
      if (example.node().has("value") == example.node().has("externalValue")) {
        findings.add(example.pointer(), "example must have exactly one of value and externalValue");
      }
    }
  }
}
