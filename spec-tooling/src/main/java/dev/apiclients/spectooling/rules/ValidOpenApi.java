package dev.apiclients.spectooling.rules;

import java.util.List;

/** The document is OpenAPI 3.0 that swagger-parser reads without errors, every {@code $ref} resolving. */
final class ValidOpenApi implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    String version = spec.root().path("openapi").asText("");
    if (!version.startsWith("3.0.")) {
      findings.add("#/openapi", "expected OpenAPI 3.0.x, found '" + version + "'");
    }
    List<String> messages = spec.parsed().getMessages();
    for (String message : messages == null ? List.<String>of() : messages) {
      findings.add("#", message);
    }
  }
}
