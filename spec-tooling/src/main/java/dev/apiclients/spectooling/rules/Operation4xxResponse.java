package dev.apiclients.spectooling.rules;

/** Every operation declares a 4xx response (or {@code 4XX}). */
final class Operation4xxResponse implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.operationsWithoutStatusClass('4')
        .forEach(op -> findings.add(op.pointer(), op.label() + " declares no 4xx response"));
  }
}
