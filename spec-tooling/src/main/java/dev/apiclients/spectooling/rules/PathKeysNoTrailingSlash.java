package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** No path ends with {@code /}. */
final class PathKeysNoTrailingSlash implements LintRule {
  @Override
  public Rule rule() {
    return Rule.PATH_KEYS_NO_TRAILING_SLASH;
  }

  @Override
  public void check(SpecTree spec) {
    spec.root().path("paths").fieldNames().forEachRemaining(path -> {
      if (path.length() > 1 && path.endsWith("/")) {
        spec.add(rule(), "#/paths/" + SpecTree.escape(path), "path ends with /");
      }
    });
  }
}
