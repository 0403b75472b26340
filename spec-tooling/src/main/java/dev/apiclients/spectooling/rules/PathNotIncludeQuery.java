package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** No path contains {@code ?}. */
final class PathNotIncludeQuery implements LintRule {
  @Override
  public Rule rule() {
    return Rule.PATH_NOT_INCLUDE_QUERY;
  }

  @Override
  public void check(SpecTree spec) {
    spec.root().path("paths").fieldNames().forEachRemaining(path -> {
      if (path.contains("?")) {
        spec.add(rule(), "#/paths/" + SpecTree.escape(path), "path contains a query (?)");
      }
    });
  }
}
