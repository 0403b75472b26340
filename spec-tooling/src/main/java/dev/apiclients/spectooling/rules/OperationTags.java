package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apiclients.spectooling.Rule;

/** Every operation has at least one tag. */
final class OperationTags implements LintRule {
  @Override
  public Rule rule() {
    return Rule.OPERATION_TAGS;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Operation operation : spec.operations()) {
      JsonNode tags = operation.node().path("tags");
      if (!tags.isArray() || tags.isEmpty()) {
        spec.add(rule(), operation.pointer(), operation.label() + " has no tags");
      }
    }
  }
}
