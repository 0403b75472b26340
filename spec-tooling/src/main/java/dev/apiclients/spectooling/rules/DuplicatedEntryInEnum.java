package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** No value twice in an {@code enum} or {@code x-extensible-enum}. */
final class DuplicatedEntryInEnum implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Located schema : spec.schemas()) {
      for (String key : TypedEnum.ENUM_KEYS) {
        JsonNode values = schema.node().get(key);
        if (values == null || !values.isArray()) {
          continue;
        }
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode value : values) {
          if (!seen.add(value)) {
            findings.add(schema.pointer() + "/" + key, "value " + value + " is listed twice");
          }
        }
      }
    }
  }
}
