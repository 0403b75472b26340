package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apiclients.spectooling.Rule;

/** Every request and response example matches its media type's schema. */
final class ValidMediaExample implements LintRule {
  @Override
  public Rule rule() {
    return Rule.VALID_MEDIA_EXAMPLE;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.ExampleHolder holder : spec.exampleHolders()) {
      if (holder.rule() != rule() || holder.schema() == null) {
        continue;
      }
      if (holder.holder().has("example")) {
        spec.validate(rule(), holder.holder().get("example"), holder.schema(), holder.pointer() + "/example",
            holder.direction());
      }
      holder.holder().path("examples").fields().forEachRemaining(entry -> {
        JsonNode example = spec.resolve(entry.getValue());
        if (example.has("value")) {
          spec.validate(rule(), example.get("value"), holder.schema(),
              holder.pointer() + "/examples/" + SpecTree.escape(entry.getKey()) + "/value", holder.direction());
        }
      });
    }
  }
}
