package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Every {@code description} and {@code title} text, outside examples, enums and extensions. */
final class MarkdownTexts {
  private MarkdownTexts() {}

  static List<SpecTree.Located> of(SpecTree spec) {
    List<SpecTree.Located> result = new ArrayList<>();
    collect(spec.root(), "#", result);
    return result;
  }

  private static void collect(JsonNode node, String where, List<SpecTree.Located> result) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        String key = field.getKey();
        JsonNode value = field.getValue();
        String pointer = where + "/" + SpecTree.escape(key);
        if (key.equals("example") || key.equals("value") || key.equals("enum") || key.startsWith("x-")) {
          return;
        }
        if ((key.equals("description") || key.equals("title")) && value.isTextual()) {
          result.add(new SpecTree.Located(value, pointer));
          return;
        }
        collect(value, pointer, result);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), where + "/" + i, result);
      }
    }
  }
}
