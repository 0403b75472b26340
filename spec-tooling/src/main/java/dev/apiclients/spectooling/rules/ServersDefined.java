package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apiclients.spectooling.Rule;

/** {@code servers} has at least one entry, and every server has a {@code url}. */
final class ServersDefined implements LintRule {
  @Override
  public Rule rule() {
    return Rule.SERVERS_DEFINED;
  }

  @Override
  public void check(SpecTree spec) {
    JsonNode servers = spec.root().path("servers");
    if (!servers.isArray() || servers.isEmpty()) {
      spec.add(rule(), "#", "has no servers");
    }
    for (SpecTree.Located server : spec.servers()) {
      if (server.node().path("url").asText("").isBlank()) {
        spec.add(rule(), server.pointer(), "server has no url");
      }
    }
  }
}
