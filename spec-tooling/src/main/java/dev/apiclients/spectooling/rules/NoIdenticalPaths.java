package dev.apiclients.spectooling.rules;

import java.util.HashMap;
import java.util.Map;

/** No two paths differ only in the names of their parameters. */
final class NoIdenticalPaths implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    Map<String, String> shapes = new HashMap<>();
    spec.root().path("paths").fieldNames().forEachRemaining(path -> {
      String twin = shapes.putIfAbsent(SpecTree.TEMPLATE_VAR.matcher(path).replaceAll("{}"), path);
      if (twin != null) {
        findings.add("#/paths/" + SpecTree.escape(path), "path is identical to " + twin + " but for parameter names");
      }
    });
  }
}
