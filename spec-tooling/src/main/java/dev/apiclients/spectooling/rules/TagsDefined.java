package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** Top-level {@code tags} is not empty, each tag has a description, no name twice. */
final class TagsDefined implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    JsonNode tags = spec.root().path("tags");
    Set<String> declared = new HashSet<>();
    if (!tags.isArray() || tags.isEmpty()) {
      findings.add("#", "has no top-level tags");
    }
    for (int i = 0; i < tags.size(); i++) {
      JsonNode tag = tags.get(i);
      String name = tag.path("name").asText("");
      String pointer = "#/tags/" + i;
      if (!declared.add(name)) {
        findings.add(pointer, "tag '" + name + "' is declared twice");
      }
      if (tag.path("description").asText("").isBlank()) {
        findings.add(pointer, "tag '" + name + "' has no description");
      }
    }
  }
}
