package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;
import java.util.HashMap;
import java.util.Map;

/** No two paths differ only in the names of their parameters. */
final class NoIdenticalPaths implements LintRule {
  @Override
  public Rule rule() {
    return Rule.NO_IDENTICAL_PATHS;
  }

  @Override
  public void check(SpecTree spec) {
    Map<String, String> shapes = new HashMap<>();
    spec.root().path("paths").fieldNames().forEachRemaining(path -> {
      String twin = shapes.putIfAbsent(SpecTree.TEMPLATE_VAR.matcher(path).replaceAll("{}"), path);
      if (twin != null) {
        spec.add(rule(), "#/paths/" + SpecTree.escape(path), "path is identical to " + twin + " but for parameter names");
      }
    });
  }
}
