package dev.apiclients.spectooling.rules;

import java.util.regex.Pattern;

/** No server URL points at example.com. */
final class ServerNotExample implements LintRule {
  private static final Pattern EXAMPLE_COM =
      Pattern.compile("(?i)^([a-z][a-z0-9+.-]*:)?//([^/]*\\.)?example\\.com(:\\d+)?(/.*)?$");

  @Override
  public void check(SpecTree spec, Findings findings) {
    spec.serverUrls().stream().filter(server -> EXAMPLE_COM.matcher(server.url()).matches())
        .forEach(server -> findings.add(server.pointer(), "url '" + server.url() + "' points at example.com"));
  }
}
