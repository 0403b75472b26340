package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;

/** Every operation has at least one tag. */
final class OperationTags implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Operation operation : spec.operations()) {
      JsonNode tags = operation.node().path("tags");
      if (!tags.isArray() || tags.isEmpty()) {
        findings.add(operation.pointer(), operation.label() + " has no tags");
      }
    }
  }
}
