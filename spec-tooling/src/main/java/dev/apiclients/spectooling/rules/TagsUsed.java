package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** Every declared tag is used by an operation (an unused one becomes an empty Retrofit interface). */
final class TagsUsed implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    Set<String> used = new HashSet<>();
    for (SpecTree.Operation operation : spec.operations()) {
      operation.node().path("tags").forEach(tag -> used.add(tag.asText()));
    }
    JsonNode tags = spec.root().path("tags");
    for (int i = 0; i < tags.size(); i++) {
      String name = tags.get(i).path("name").asText("");
      if (!used.contains(name)) {
        findings.add("#/tags/" + i, "tag '" + name + "' is used by no operation");
      }
    }
  }
}
