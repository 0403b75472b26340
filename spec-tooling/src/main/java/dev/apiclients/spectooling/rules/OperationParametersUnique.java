package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** No parameter ({@code name} + {@code in}) is declared twice on one operation. */
final class OperationParametersUnique implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Operation op : spec.operations()) {
      JsonNode parameters = op.node().path("parameters");
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < parameters.size(); i++) {
        JsonNode parameter = spec.resolve(parameters.get(i));
        String key = parameter.path("in").asText() + " parameter '" + parameter.path("name").asText() + "'";
        if (!seen.add(key)) {
          findings.add(op.pointer() + "/parameters/" + i, key + " is declared twice");
        }
      }
    }
  }
}
