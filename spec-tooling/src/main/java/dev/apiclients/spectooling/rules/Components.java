package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The entries of {@code components}, of every type, with their pointers. */
final class Components {
  private static final List<String> TYPES = List.of(
      "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks");

  record Component(String name, JsonNode node, String pointer) {}

  private Components() {}

  static List<Component> of(SpecTree spec) {
    List<Component> result = new ArrayList<>();
    JsonNode components = spec.root().path("components");
    for (String type : TYPES) {
      JsonNode map = components.path(type);
      for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        result.add(new Component(name, map.get(name), "#/components/" + type + "/" + SpecTree.escape(name)));
      }
    }
    return result;
  }
}
