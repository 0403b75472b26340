package dev.apiclients.spectooling.rules;

/** Every operation has a {@code description}. */
final class OperationDescription implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.operationsWithout("description").forEach(op -> findings.add(op.pointer(), op.label() + " has no description"));
  }
}
