package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;
import java.util.regex.Pattern;

/** No server URL points at example.com. */
final class ServerNotExample implements LintRule {
  private static final Pattern EXAMPLE_COM =
      Pattern.compile("(?i)^([a-z][a-z0-9+.-]*:)?//([^/]*\\.)?example\\.com(:\\d+)?(/.*)?$");

  @Override
  public Rule rule() {
    return Rule.SERVER_NOT_EXAMPLE;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Located server : spec.servers()) {
      String url = server.node().path("url").asText("");
      if (!url.isBlank() && EXAMPLE_COM.matcher(url).matches()) {
        spec.add(rule(), server.pointer(), "url '" + url + "' points at example.com");
      }
    }
  }
}
