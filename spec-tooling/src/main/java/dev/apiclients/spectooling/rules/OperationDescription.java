package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** Every operation has a {@code description}. */
final class OperationDescription implements LintRule {
  @Override
  public Rule rule() {
    return Rule.OPERATION_DESCRIPTION;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Operation op : spec.operations()) {
      if (op.node().path("description").asText("").isBlank()) {
        spec.add(rule(), op.pointer(), op.label() + " has no description");
      }
    }
  }
}
