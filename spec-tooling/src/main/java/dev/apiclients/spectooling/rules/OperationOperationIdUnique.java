package dev.apiclients.spectooling.rules;

import java.util.HashMap;
import java.util.Map;

/** No two operations share an {@code operationId}. */
final class OperationOperationIdUnique implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    Map<String, String> ids = new HashMap<>();
    for (SpecTree.Operation op : spec.operations()) {
      String id = op.node().path("operationId").asText("");
      if (id.isBlank()) {
        continue;
      }
      String previous = ids.putIfAbsent(id, op.label());
      if (previous != null) {
        findings.add(op.pointer(), "operationId '" + id + "' is used by " + previous + " and " + op.label());
      }
    }
  }
}
