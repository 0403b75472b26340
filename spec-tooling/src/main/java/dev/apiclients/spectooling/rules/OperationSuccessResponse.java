package dev.apiclients.spectooling.rules;

/** Every operation declares a 2xx response (or {@code 2XX}). */
final class OperationSuccessResponse implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.operationsWithoutStatusClass('2')
        .forEach(op -> findings.add(op.pointer(), op.label() + " declares no 2xx response"));
  }
}
