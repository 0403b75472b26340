package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** No path contains an empty {@code {}}. */
final class PathDeclarationsMustExist implements LintRule {
  @Override
  public Rule rule() {
    return Rule.PATH_DECLARATIONS_MUST_EXIST;
  }

  @Override
  public void check(SpecTree spec) {
    spec.root().path("paths").fieldNames().forEachRemaining(path -> {
      if (path.contains("{}")) {
        spec.add(rule(), "#/paths/" + SpecTree.escape(path), "path contains an empty {}");
      }
    });
  }
}
