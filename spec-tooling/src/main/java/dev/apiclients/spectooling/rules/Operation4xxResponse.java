package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Every operation declares a 4xx response (or {@code 4XX}). */
final class Operation4xxResponse implements LintRule {
  private static final Pattern STATUS = Pattern.compile("^4(\\d\\d|XX)$");

  @Override
  public Rule rule() {
    return Rule.OPERATION_4XX_RESPONSE;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Operation op : spec.operations()) {
      List<String> statuses = new ArrayList<>();
      op.node().path("responses").fieldNames().forEachRemaining(statuses::add);
      if (statuses.stream().noneMatch(status -> STATUS.matcher(status).matches())) {
        spec.add(rule(), op.pointer(), op.label() + " declares no 4xx response");
      }
    }
  }
}
