package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A schema with {@code enum} or {@code x-extensible-enum} has a {@code type}, and every value has it. */
final class TypedEnum implements LintRule {
  static final List<String> ENUM_KEYS = List.of("enum", "x-extensible-enum");

  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Located schema : spec.schemas()) {
      String type = schema.node().path("type").asText(null);
      for (String key : ENUM_KEYS) {
        JsonNode values = schema.node().get(key);
        if (values == null) {
          continue;
        }
        if (!values.isArray()) {
          findings.add(schema.pointer() + "/" + key, key + " is not a list");
          continue;
        }
        if (type == null) {
          findings.add(schema.pointer(), "schema has " + key + " but no type");
          continue;
        }
        boolean nullable = schema.node().path("nullable").asBoolean(false);
        for (JsonNode value : values) {
          if (!hasType(value, type, nullable)) {
            findings.add(schema.pointer() + "/" + key, "value " + value + " is not of type " + type);
          }
        }
      }
    }
  }

  private static boolean hasType(JsonNode value, String type, boolean nullable) {
    if (value.isNull()) {
      return nullable;
    }
    switch (type) {
      case "string":
        return value.isTextual();
      case "integer":
        return value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
      case "number":
        return value.isNumber();
      case "boolean":
        return value.isBoolean();
      case "array":
        return value.isArray();
      case "object":
        return value.isObject();
      default:
        return false;
    }
  }
}
