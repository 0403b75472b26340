package dev.apiclients.spectooling.rules;

/** No server URL ends with {@code /}. */
final class ServerTrailingSlash implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.serverUrls().stream().filter(server -> server.url().length() > 1 && server.url().endsWith("/"))
        .forEach(server -> findings.add(server.pointer(), "url '" + server.url() + "' ends with /"));
  }
}
