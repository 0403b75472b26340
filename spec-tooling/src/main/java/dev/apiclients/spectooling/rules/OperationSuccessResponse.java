package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Every operation declares a 2xx response (or {@code 2XX}). */
final class OperationSuccessResponse implements LintRule {
  private static final Pattern STATUS = Pattern.compile("^2(\\d\\d|XX)$");

  @Override
  public Rule rule() {
    return Rule.OPERATION_SUCCESS_RESPONSE;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Operation op : spec.operations()) {
      List<String> statuses = new ArrayList<>();
      op.node().path("responses").fieldNames().forEachRemaining(statuses::add);
      if (statuses.stream().noneMatch(status -> STATUS.matcher(status).matches())) {
        spec.add(rule(), op.pointer(), op.label() + " declares no 2xx response");
      }
    }
  }
}
