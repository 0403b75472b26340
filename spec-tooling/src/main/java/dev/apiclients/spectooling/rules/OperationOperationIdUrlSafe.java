package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;
import java.util.regex.Pattern;

/** An {@code operationId} uses only URL-safe characters. */
final class OperationOperationIdUrlSafe implements LintRule {
  private static final Pattern URL_SAFE = Pattern.compile("^[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]*$");

  @Override
  public Rule rule() {
    return Rule.OPERATION_OPERATION_ID_URL_SAFE;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Operation op : spec.operations()) {
      String id = op.node().path("operationId").asText("");
      if (!id.isBlank() && !URL_SAFE.matcher(id).matches()) {
        spec.add(rule(), op.pointer(), "operationId '" + id + "' is not URL-safe");
      }
    }
  }
}
