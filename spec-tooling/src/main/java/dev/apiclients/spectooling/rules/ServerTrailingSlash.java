package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** No server URL ends with {@code /}. */
final class ServerTrailingSlash implements LintRule {
  @Override
  public Rule rule() {
    return Rule.SERVER_TRAILING_SLASH;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Located server : spec.servers()) {
      String url = server.node().path("url").asText("");
      if (url.length() > 1 && url.endsWith("/")) {
        spec.add(rule(), server.pointer(), "url '" + url + "' ends with /");
      }
    }
  }
}
