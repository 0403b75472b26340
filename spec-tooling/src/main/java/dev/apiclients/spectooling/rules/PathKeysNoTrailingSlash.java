package dev.apiclients.spectooling.rules;

/** No path ends with {@code /}. */
final class PathKeysNoTrailingSlash implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.pathKeys().stream().filter(path -> path.length() > 1 && path.endsWith("/"))
        .forEach(path -> findings.add(SpecTree.pathPointer(path), "path ends with /"));
  }
}
