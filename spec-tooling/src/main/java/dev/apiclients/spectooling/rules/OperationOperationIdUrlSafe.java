package dev.apiclients.spectooling.rules;

import java.util.regex.Pattern;

/** An {@code operationId} uses only URL-safe characters. */
final class OperationOperationIdUrlSafe implements LintRule {
  private static final Pattern URL_SAFE = Pattern.compile("^[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]*$");

  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Operation op : spec.operations()) {
      String id = op.node().path("operationId").asText("");
      if (!id.isBlank() && !URL_SAFE.matcher(id).matches()) {
        findings.add(op.pointer(), "operationId '" + id + "' is not URL-safe");
      }
    }
  }
}
