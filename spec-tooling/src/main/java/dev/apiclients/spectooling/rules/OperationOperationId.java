package dev.apiclients.spectooling.rules;

/** Every operation has an {@code operationId}. */
final class OperationOperationId implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.operationsWithout("operationId").forEach(op -> findings.add(op.pointer(), op.label() + " has no operationId"));
  }
}
