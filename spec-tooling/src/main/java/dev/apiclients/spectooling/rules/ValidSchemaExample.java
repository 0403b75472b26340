package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;
import java.util.List;

/** Every schema's {@code example} (and {@code default}) matches that schema. */
final class ValidSchemaExample implements LintRule {
  @Override
  public Rule rule() {
    return Rule.VALID_SCHEMA_EXAMPLE;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Located schema : spec.schemas()) {
      for (String key : List.of("example", "default")) {
        if (schema.node().has(key)) {
          spec.validate(rule(), schema.node().get(key), schema.node(), schema.pointer() + "/" + key, "schema");
        }
      }
    }
  }
}
