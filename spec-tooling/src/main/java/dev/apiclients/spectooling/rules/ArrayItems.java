package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** A schema of {@code type: array} has {@code items}. */
final class ArrayItems implements LintRule {
  @Override
  public Rule rule() {
    return Rule.ARRAY_ITEMS;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Located schema : spec.schemas()) {
      if ("array".equals(schema.node().path("type").asText(null)) && !schema.node().has("items")) {
        spec.add(rule(), schema.pointer(), "schema of type array has no items");
      }
    }
  }
}
