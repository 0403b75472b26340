package dev.apiclients.spectooling.rules;

/** Every operation has a {@code summary}. */
final class OperationSummary implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.operationsWithout("summary").forEach(op -> findings.add(op.pointer(), op.label() + " has no summary"));
  }
}
