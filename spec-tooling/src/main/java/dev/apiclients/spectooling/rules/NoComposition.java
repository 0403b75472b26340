package dev.apiclients.spectooling.rules;

import java.util.List;

/** No schema uses {@code allOf}, {@code oneOf}, {@code anyOf} or {@code discriminator}: the model templates cannot render them. */
final class NoComposition implements LintRule {
  private static final List<String> KEYWORDS = List.of("allOf", "oneOf", "anyOf", "discriminator");

  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Located schema : spec.schemas()) {
      for (String key : KEYWORDS) {
        if (schema.node().has(key)) {
          findings.add(schema.pointer() + "/" + key,
              "schema uses " + key + ", which the client templates cannot render: spell the properties out");
        }
      }
    }
  }
}
