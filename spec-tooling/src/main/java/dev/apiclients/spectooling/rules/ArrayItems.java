package dev.apiclients.spectooling.rules;


/** A schema of {@code type: array} has {@code items}. */
final class ArrayItems implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Located schema : spec.schemas()) {
      if ("array".equals(schema.node().path("type").asText(null)) && !schema.node().has("items")) {
        findings.add(schema.pointer(), "schema of type array has no items");
      }
    }
  }
}
