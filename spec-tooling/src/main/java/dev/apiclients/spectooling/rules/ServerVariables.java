package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;

/** Every server URL variable is defined with a default and used; an {@code enum} is not empty and holds the default. */
final class ServerVariables implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.ServerUrl server : spec.serverUrls()) {
      String url = server.url();
      String pointer = server.pointer();
      Set<String> used = new LinkedHashSet<>();
      Matcher m = SpecTree.TEMPLATE_VAR.matcher(url);
      while (m.find()) {
        used.add(m.group(1));
      }
      JsonNode variables = server.server().path("variables");
      for (String name : used) {
        if (!variables.has(name)) {
          findings.add(pointer, "url uses {" + name + "}, which is not in variables");
        }
      }
      variables.fields().forEachRemaining(variable -> {
        String name = variable.getKey();
        JsonNode value = variable.getValue();
        String variablePointer = pointer + "/variables/" + SpecTree.escape(name);
        if (!used.contains(name)) {
          findings.add(variablePointer, "variable is not used in the url");
        }
        if (!value.has("default")) {
          findings.add(variablePointer, "variable has no default");
        }
        JsonNode values = value.get("enum");
        if (values != null) {
          if (!values.isArray() || values.isEmpty()) {
            findings.add(variablePointer, "enum is empty");
          } else if (value.has("default") && !contains(values, value.get("default"))) {
            findings.add(variablePointer, "default is not one of the enum values");
          }
        }
      });
    }
  }

  private static boolean contains(JsonNode array, JsonNode value) {
    for (JsonNode element : array) {
      if (element.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
