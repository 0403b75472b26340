package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** Every operation has a {@code summary}. */
final class OperationSummary implements LintRule {
  @Override
  public Rule rule() {
    return Rule.OPERATION_SUMMARY;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Operation op : spec.operations()) {
      if (op.node().path("summary").asText("").isBlank()) {
        spec.add(rule(), op.pointer(), op.label() + " has no summary");
      }
    }
  }
}
