package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apiclients.spectooling.Rule;
import java.util.HashSet;
import java.util.Set;

/** No value twice in an {@code enum} or {@code x-extensible-enum}. */
final class DuplicatedEntryInEnum implements LintRule {
  @Override
  public Rule rule() {
    return Rule.DUPLICATED_ENTRY_IN_ENUM;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Located schema : spec.schemas()) {
      for (String key : TypedEnum.ENUM_KEYS) {
        JsonNode values = schema.node().get(key);
        if (values == null || !values.isArray()) {
          continue;
        }
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode value : values) {
          if (!seen.add(value)) {
            spec.add(rule(), schema.pointer() + "/" + key, "value " + value + " is listed twice");
          }
        }
      }
    }
  }
}
