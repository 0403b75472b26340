package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** Every operation has an {@code operationId}. */
final class OperationOperationId implements LintRule {
  @Override
  public Rule rule() {
    return Rule.OPERATION_OPERATION_ID;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Operation op : spec.operations()) {
      if (op.node().path("operationId").asText("").isBlank()) {
        spec.add(rule(), op.pointer(), op.label() + " has no operationId");
      }
    }
  }
}
