package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code servers} has at least one entry, and every server has a {@code url}. */
final class ServersDefined implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    JsonNode servers = spec.root().path("servers");
    if (!servers.isArray() || servers.isEmpty()) {
      findings.add("#", "has no servers");
    }
    for (SpecTree.Located server : spec.servers()) {
      if (server.node().path("url").asText("").isBlank()) {
        findings.add(server.pointer(), "server has no url");
      }
    }
  }
}
