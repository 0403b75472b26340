package dev.apiclients.spectooling.rules;

import java.util.List;

/** Every schema's {@code example} (and {@code default}) matches that schema. */
final class ValidSchemaExample implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Located schema : spec.schemas()) {
      for (String key : List.of("example", "default")) {
        if (schema.node().has(key)) {
          spec.validate(findings, schema.node().get(key), schema.node(), schema.pointer() + "/" + key, "schema");
        }
      }
    }
  }
}
