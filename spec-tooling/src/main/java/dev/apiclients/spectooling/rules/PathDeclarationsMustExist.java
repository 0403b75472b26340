package dev.apiclients.spectooling.rules;

/** No path contains an empty {@code {}}. */
final class PathDeclarationsMustExist implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.pathKeys().stream().filter(path -> path.contains("{}"))
        .forEach(path -> findings.add(SpecTree.pathPointer(path), "path contains an empty {}"));
  }
}
