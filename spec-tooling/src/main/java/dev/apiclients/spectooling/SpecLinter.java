package dev.apiclients.spectooling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apiclients.spectooling.rules.Findings;
import dev.apiclients.spectooling.rules.LintRule;
import dev.apiclients.spectooling.rules.LintRules;
import dev.apiclients.spectooling.rules.SpecTree;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Java-native OpenAPI 3.0 lint: the rules of Spectral's {@code spectral:oas} and Redocly's
 * {@code recommended} set that matter for a generated client, plus a few of our own (see {@link Rule}).
 * Each rule is one class in {@code dev.apiclients.spectooling.rules}, listed in {@link LintRules#ALL}.
 *
 * <pre>{@code
 * List<Finding> findings = SpecLinter.lint(Path.of("src/main/resources/openapi/api.yaml"));
 * }</pre>
 *
 * <p>The rules read the YAML tree as written, so findings point at the document with JSON pointers;
 * examples are checked with swagger-request-validator's schema validator against the parsed spec.
 */
public final class SpecLinter {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SpecLinter() {}

  /** Lints the spec file; an empty list means it passes every {@link Rule}. */
  public static List<Finding> lint(Path spec) throws IOException {
    return lint(Files.readString(spec));
  }

  /** Lints a spec given as YAML (or JSON) text. */
  public static List<Finding> lint(String yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      return List.of(new Finding(Rule.VALID_OPENAPI, "#", "not YAML: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      return List.of(new Finding(Rule.VALID_OPENAPI, "#", "the document is not a YAML mapping"));
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIParser().readContents(yaml, null, options);
    SpecTree spec = new SpecTree(root, parsed);
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<Rule, LintRule> rule : LintRules.ALL.entrySet()) {
      rule.getValue().check(spec, new Findings(rule.getKey(), findings));
      if (rule.getKey() == Rule.VALID_OPENAPI && parsed.getOpenAPI() == null) {
        break; // The other rules need a document that parses.
      }
    }
    return findings;
  }

  /** The ids of all rules that found something, for tests. */
  static Set<String> ruleIds(List<Finding> findings) {
    Set<String> ids = new TreeSet<>();
    findings.forEach(finding -> ids.add(finding.rule().id()));
    return ids;
  }
}
