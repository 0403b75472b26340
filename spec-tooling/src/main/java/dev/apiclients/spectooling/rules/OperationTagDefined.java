package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** Every tag an operation uses is declared in top-level {@code tags}. */
final class OperationTagDefined implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    Set<String> declared = new HashSet<>();
    spec.root().path("tags").forEach(tag -> declared.add(tag.path("name").asText("")));
    for (SpecTree.Operation operation : spec.operations()) {
      for (JsonNode tag : operation.node().path("tags")) {
        if (!declared.contains(tag.asText())) {
          findings.add(operation.pointer(),
              operation.label() + " uses tag '" + tag.asText() + "', which is not declared in tags");
        }
      }
    }
  }
}
