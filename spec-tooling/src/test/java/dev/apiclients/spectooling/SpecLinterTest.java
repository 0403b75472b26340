package dev.apiclients.spectooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apiclients.spectooling.rules.LintRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecLinterTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/lint");

  // Where swagger-parser itself rejects a mistake, the finding comes twice: as valid-openapi (the
  // parser's message) and as the rule's own, which says where and what in our words.

  @Test
  void validFixturePassesEveryRule() throws IOException {
    assertEquals(List.of(), SpecLinter.lint(FIXTURES.resolve("valid.yaml")));
  }

  @Test
  void badFixtureFailsTheRulesItBreaks() throws IOException {
    List<Finding> findings = SpecLinter.lint(FIXTURES.resolve("bad.yaml"));

    assertEquals(
        Set.of("info-contact", "info-description", "info-license", "servers-defined", "tags-used",
            "operation-tag-defined", "operation-operationId", "operation-operationId-verb",
            "operation-summary", "operation-description", "operation-success-response",
            "operation-4xx-response", "path-params", "no-unused-components", "no-$ref-siblings",
            "typed-enum", "valid-media-example", "operation-security-defined", "valid-openapi"),
        SpecLinter.ruleIds(findings),
        () -> "findings:\n" + String.join("\n", findings.stream().map(Finding::toString).toList()));
    assertTrue(findings.stream().anyMatch(f -> f.toString().equals(
        "path-params at #/paths/~1orders~1{orderId}/get: GET /orders/{orderId} does not declare path "
            + "parameter 'orderId'")), findings::toString);
    assertTrue(findings.stream().anyMatch(f -> f.toString().equals(
        "no-unused-components at #/components/schemas/Unused: is never referenced: reference it or remove it"
            + " (Spectral's oas3-unused-component and Redocly's no-unused-components allow no exception)")),
        findings::toString);
  }

  @Test
  void everyRuleHasItsOwnClass() {
    assertEquals(List.of(Rule.values()), List.copyOf(LintRules.ALL.keySet()));
    assertEquals(Rule.values().length,
        LintRules.ALL.values().stream().map(Object::getClass).distinct().count());
  }

  @Test
  void scriptTagsAreFoundWhateverTheDefaultLocale() throws IOException {
    Locale before = Locale.getDefault();
    ObjectNode spec = (ObjectNode) YAML.readTree(Files.readString(FIXTURES.resolve("valid.yaml")));
    put(spec, "/tags/0/description", "'<SCRIPT>alert(1)</SCRIPT>'");
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));

      assertEquals(Set.of("no-script-tags-in-markdown"), SpecLinter.ruleIds(SpecLinter.lint(YAML.writeValueAsString(spec))));
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSpecs")
  void eachRuleFailsOnItsOwnBreakage(String what, Set<String> expectedRules, Consumer<ObjectNode> breakage)
      throws IOException {
    ObjectNode spec = (ObjectNode) YAML.readTree(Files.readString(FIXTURES.resolve("valid.yaml")));
    breakage.accept(spec);

    List<Finding> findings = SpecLinter.lint(YAML.writeValueAsString(spec));

    assertEquals(expectedRules, SpecLinter.ruleIds(findings),
        () -> "findings:\n" + String.join("\n", findings.stream().map(Finding::toString).toList()));
  }

  @Test
  void everyRuleHasABreakageTest() {
    Set<String> tested = new java.util.TreeSet<>();
    brokenSpecs().forEach(arguments -> {
      @SuppressWarnings("unchecked")
      Set<String> rules = (Set<String>) arguments.get()[1];
      tested.addAll(rules);
    });
    Set<String> all = new java.util.TreeSet<>();
    for (Rule rule : Rule.values()) {
      all.add(rule.id());
    }
    assertEquals(all, tested);
  }

  static Stream<Arguments> brokenSpecs() {
    return Stream.of(
        broken("structurally invalid (no info.title)", Set.of("valid-openapi"),
            spec -> remove(spec, "/info/title")),
        broken("a $ref that resolves to nothing", Set.of("valid-openapi", "valid-media-example"),
            spec -> put(spec, "/components/schemas/Pet/properties/kind", "$ref: '#/components/schemas/Nope'")),
        broken("a $ref with a description next to it", Set.of("no-$ref-siblings"),
            spec -> put(spec, "/components/schemas/Pet/properties/kind",
                "{$ref: '#/components/schemas/PetKind', description: The kind.}")),
        broken("an unreferenced component", Set.of("no-unused-components"),
            spec -> put(spec, "/components/schemas/Unused", "{type: string, description: x}")),
        // Spectral's oas3-unused-component knows no exemption; the lint must not either.
        broken("an unreferenced component that says why it stays", Set.of("no-unused-components"),
            spec -> put(spec, "/components/schemas/Unused",
                "{type: string, description: x, x-unreferenced-reason: Kept for later.}")),
        broken("a component name with a space", Set.of("component-name", "valid-openapi", "no-unused-components"),
            spec -> put(spec, "/components/schemas/Bad Name", "{type: string, description: x}")),
        broken("eval( in a description", Set.of("no-eval-in-markdown"),
            spec -> put(spec, "/info/description", "Run eval(x) to see."),
            spec -> { }),
        broken("a script tag in a description", Set.of("no-script-tags-in-markdown"),
            spec -> put(spec, "/tags/0/description", "'<script>alert(1)</script>'")),
        broken("no info.contact", Set.of("info-contact"), spec -> remove(spec, "/info/contact")),
        broken("no info.description", Set.of("info-description"), spec -> remove(spec, "/info/description")),
        broken("no info.license", Set.of("info-license"), spec -> remove(spec, "/info/license")),
        broken("no servers", Set.of("servers-defined"), spec -> remove(spec, "/servers")),
        broken("a server URL with a trailing slash", Set.of("server-trailing-slash"),
            spec -> put(spec, "/servers/0/url", "https://{host}/api/")),
        broken("a server on example.com", Set.of("server-not-example.com"),
            spec -> put(spec, "/servers/0/url", "https://{host}.example.com/api")),
        broken("a server variable without default", Set.of("server-variables", "valid-openapi"),
            spec -> remove(spec, "/servers/0/variables/host/default")),
        broken("a server URL variable that is not defined", Set.of("server-variables"),
            spec -> put(spec, "/servers/0/url", "https://{host}/{basePath}")),
        broken("a tag without description", Set.of("tags-defined"), spec -> remove(spec, "/tags/0/description")),
        broken("an operation without tags", Set.of("operation-tags"), spec -> remove(spec, "/paths/~1pets~1{petId}/get/tags")),
        broken("an operation using an undeclared tag", Set.of("operation-tag-defined"),
            spec -> put(spec, "/paths/~1pets~1{petId}/get/tags/0", "Animals")),
        broken("a declared tag no operation uses", Set.of("tags-used"),
            spec -> ((ArrayNode) spec.get("tags")).add(node("{name: Owners, description: The owners.}"))),
        broken("a tag with one client-internal operation and one public", Set.of("client-internal-tags"),
            spec -> put(spec, "/paths/~1pets~1{petId}/get/x-client-internal", "true")),
        broken("an operation without operationId", Set.of("operation-operationId"),
            spec -> remove(spec, "/paths/~1pets~1{petId}/get/operationId")),
        broken("two operations with one operationId", Set.of("operation-operationId-unique", "valid-openapi"),
            spec -> put(spec, "/paths/~1pets~1{petId}/get/operationId", "listPets")),
        broken("an operationId that is not URL-safe", Set.of("operation-operationId-url-safe", "operation-operationId-verb"),
            spec -> put(spec, "/paths/~1pets~1{petId}/get/operationId", "get<Pet>")),
        broken("an operationId that does not start with a verb", Set.of("operation-operationId-verb"),
            spec -> put(spec, "/paths/~1pets~1{petId}/get/operationId", "petById")),
        broken("an operation without summary", Set.of("operation-summary"),
            spec -> remove(spec, "/paths/~1pets~1{petId}/get/summary")),
        broken("an operation without description", Set.of("operation-description"),
            spec -> remove(spec, "/paths/~1pets~1{petId}/get/description")),
        broken("an operation without a 2xx response", Set.of("operation-success-response"),
            spec -> remove(spec, "/paths/~1pets~1{petId}/get/responses/200")),
        broken("an operation without a 4xx response", Set.of("operation-4xx-response"),
            spec -> remove(spec, "/paths/~1pets~1{petId}/get/responses/404")),
        broken("a query parameter declared twice", Set.of("operation-parameters-unique", "valid-openapi"),
            spec -> ((ArrayNode) spec.at("/paths/~1pets/get/parameters"))
                .add(node("{name: kind, in: query, description: Again., schema: {type: string}}"))),
        broken("a security requirement naming no scheme", Set.of("operation-security-defined"),
            spec -> put(spec, "/paths/~1pets/get/security", "[{Bearer: []}]")),
        broken("no security anywhere", Set.of("operation-security-defined"), spec -> remove(spec, "/security")),
        broken("a path parameter missing from the path", Set.of("path-params"),
            spec -> rename(spec, "/paths", "/pets/{petId}", "/pets/{id}")),
        broken("a path parameter that is not required", Set.of("path-params", "valid-openapi"),
            spec -> put(spec, "/components/parameters/PetId/required", "false")),
        broken("a path with a trailing slash", Set.of("path-keys-no-trailing-slash"),
            spec -> rename(spec, "/paths", "/pets", "/pets/")),
        broken("a path with a query", Set.of("path-not-include-query"),
            spec -> rename(spec, "/paths", "/pets", "/pets?all=true")),
        broken("a path with an empty {}", Set.of("path-declarations-must-exist", "no-identical-paths"),
            spec -> rename(spec, "/paths", "/pets", "/pets/{}")),
        broken("two paths that differ only in parameter names", Set.of("no-identical-paths"),
            spec -> {
              ObjectNode copy = spec.at("/paths/~1pets~1{petId}").deepCopy();
              ((ObjectNode) copy.at("/get")).put("operationId", "getPetAgain");
              ((ObjectNode) spec.get("paths")).set("/pets/{otherId}", copy);
              put(spec, "/paths/~1pets~1{otherId}/parameters/0",
                  "{name: otherId, in: path, required: true, description: Id., schema: {type: integer}}");
            }),
        broken("an enum value of the wrong type", Set.of("typed-enum"),
            spec -> ((ArrayNode) spec.at("/components/schemas/PetKind/enum")).add(3)),
        broken("an x-extensible-enum without type", Set.of("typed-enum"),
            spec -> remove(spec, "/components/schemas/PetStatus/type")),
        broken("an enum value listed twice", Set.of("duplicated-entry-in-enum"),
            spec -> ((ArrayNode) spec.at("/components/schemas/PetStatus/x-extensible-enum")).add("sold")),
        broken("an array without items", Set.of("array-items", "valid-openapi"),
            spec -> put(spec, "/components/schemas/PetCreate/properties/tags", "{type: array}")),
        broken("an allOf", Set.of("no-composition"),
            spec -> put(spec, "/components/schemas/PetCreate/properties/owner",
                "{allOf: [{type: object, description: An owner., properties: {name: {type: string, description: N.}}}]}")),
        broken("a oneOf with a discriminator", Set.of("no-composition"),
            spec -> put(spec, "/components/schemas/PetCreate/properties/owner",
                "{oneOf: [{type: object, description: A person., required: [kind], properties: {kind: {type: string, description: K.}}}], "
                    + "discriminator: {propertyName: kind}}")),
        broken("an anyOf deep inside an array", Set.of("no-composition"),
            spec -> put(spec, "/components/schemas/PetCreate/properties/tags",
                "{type: array, items: {anyOf: [{type: string, description: A tag.}]}}")),
        broken("a response example of the wrong type", Set.of("valid-media-example"),
            spec -> put(spec, "/paths/~1pets/get/responses/200/content/application~1json/example/0/id", "seven")),
        broken("a request example with a property the schema lacks", Set.of("valid-media-example"),
            spec -> put(spec,
                "/paths/~1pets/post/requestBody/content/application~1json/examples/tom/value/colour", "red")),
        broken("a response example missing a required property", Set.of("valid-media-example"),
            spec -> remove(spec, "/components/responses/Unauthorized/content/application~1json/example/message"),
            spec -> put(spec, "/components/schemas/Error/required", "[message]")),
        broken("a schema example of the wrong type", Set.of("valid-schema-example"),
            spec -> put(spec, "/components/schemas/Pet/properties/id/example", "seven")),
        broken("a parameter example outside its enum", Set.of("valid-parameter-example"),
            spec -> put(spec, "/paths/~1pets/get/parameters/0/example", "fish")),
        broken("an example with value and externalValue", Set.of("example-value-or-externalValue", "valid-openapi"),
            spec -> put(spec, "/paths/~1pets/post/requestBody/content/application~1json/examples/tom/externalValue",
                "https://pets.apiclients.dev/tom.json")));
  }

  @SafeVarargs
  private static Arguments broken(String what, Set<String> rules, Consumer<ObjectNode>... steps) {
    Consumer<ObjectNode> all = spec -> {
      for (Consumer<ObjectNode> step : steps) {
        step.accept(spec);
      }
    };
    return Arguments.of(what, rules, all);
  }

  private static JsonNode node(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ObjectNode spec, String pointer, String yaml) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = spec.at(pointer.substring(0, slash));
    String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(key), node(yaml));
    } else {
      ((ObjectNode) parent).set(key, node(yaml));
    }
  }

  private static void remove(ObjectNode spec, String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = spec.at(pointer.substring(0, slash));
    String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (!parent.has(key)) {
      throw new IllegalArgumentException("nothing at " + pointer);
    }
    ((ObjectNode) parent).remove(key);
  }

  /** Renames a key in place, keeping the order of the others. */
  private static void rename(ObjectNode spec, String pointer, String from, String to) {
    ObjectNode parent = (ObjectNode) spec.at(pointer);
    ObjectNode renamed = parent.objectNode();
    parent.fields().forEachRemaining(field ->
        renamed.set(field.getKey().equals(from) ? to : field.getKey(), field.getValue()));
    parent.removeAll();
    parent.setAll(renamed);
  }
}
