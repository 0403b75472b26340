package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every {@code {name}} of a path is a required path parameter of each of its operations, and every path parameter is in the path. */
final class PathParams implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.root().path("paths").fields().forEachRemaining(entry -> {
      String path = entry.getKey();
      JsonNode item = entry.getValue();
      String pointer = "#/paths/" + SpecTree.escape(path);
      List<String> template = new ArrayList<>();
      for (String name : SpecTree.templateVariables(path)) {
        if (template.contains(name)) {
          findings.add(pointer, "path uses {" + name + "} twice");
        }
        template.add(name);
      }
      Map<String, JsonNode> pathLevel = pathParameters(spec, findings, item.path("parameters"), pointer + "/parameters", template);
      for (String method : SpecTree.METHODS) {
        JsonNode operation = item.get(method);
        if (operation == null) {
          continue;
        }
        String operationPointer = pointer + "/" + method;
        Map<String, JsonNode> effective = new LinkedHashMap<>(pathLevel);
        effective.putAll(pathParameters(spec, findings, operation.path("parameters"), operationPointer + "/parameters", template));
        for (String name : template) {
          if (!effective.containsKey(name)) {
            findings.add(operationPointer,
                method.toUpperCase(Locale.ROOT) + " " + path + " does not declare path parameter '" + name + "'");
          }
        }
      }
    });
  }

  private Map<String, JsonNode> pathParameters(SpecTree spec, Findings findings, JsonNode parameters, String where, List<String> template) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      JsonNode parameter = spec.resolve(parameters.get(i));
      if (!parameter.path("in").asText().equals("path")) {
        continue;
      }
      String name = parameter.path("name").asText();
      result.put(name, parameter);
      if (!template.contains(name)) {
        findings.add(where + "/" + i, "path parameter '" + name + "' does not appear in the path");
      }
      if (!parameter.path("required").asBoolean(false)) {
        findings.add(where + "/" + i, "path parameter '" + name + "' is not required: true");
      }
    }
    return result;
  }
}
