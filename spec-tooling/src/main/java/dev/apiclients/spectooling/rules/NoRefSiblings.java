package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** An object with {@code $ref} has no other keys: OpenAPI 3.0 ignores them. */
final class NoRefSiblings implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    check(spec, findings, spec.root(), "#");
  }

  private void check(SpecTree spec, Findings findings, JsonNode node, String where) {
    if (node.isObject()) {
      if (node.has("$ref") && node.size() > 1) {
        List<String> siblings = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
          if (!name.equals("$ref")) {
            siblings.add(name);
          }
        });
        findings.add(where, "$ref has siblings " + siblings + ", which OpenAPI 3.0 ignores");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String key = field.getKey();
        if (key.equals("example") || key.startsWith("x-")) {
          continue; // Data, not OpenAPI objects.
        }
        if (key.equals("examples") && field.getValue().isObject()) {
          field.getValue().fields().forEachRemaining(example -> {
            JsonNode copy = example.getValue().deepCopy();
            if (copy.isObject()) {
              ((ObjectNode) copy).remove("value"); // An example's value is data.
            }
            check(spec, findings, copy, where + "/examples/" + SpecTree.escape(example.getKey()));
          });
          continue;
        }
        check(spec, findings, field.getValue(), where + "/" + SpecTree.escape(key));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(spec, findings, node.get(i), where + "/" + i);
      }
    }
  }
}
