package dev.apiclients.spectooling.rules;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.apiclients.spectooling.Rule;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec as the rules read it: the YAML tree as written (findings point into it with JSON
 * pointers), the parsed model for example validation, and the walks several rules share (every
 * operation, server, schema, example).
 */
public final class SpecTree {
  static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  static final Pattern TEMPLATE_VAR = Pattern.compile("\\{([^}]*)}");

  private final JsonNode root;
  private final SwaggerParseResult parsed;
  private SchemaValidator validator;
  private List<Operation> operations;
  private List<Located> servers;
  private List<Located> schemas;
  private List<ExampleHolder> exampleHolders;
  private List<Located> exampleObjects;

  public SpecTree(JsonNode root, SwaggerParseResult parsed) {
    this.root = root;
    this.parsed = parsed;
  }

  JsonNode root() {
    return root;
  }

  SwaggerParseResult parsed() {
    return parsed;
  }

  /** A node of the tree and the JSON pointer to it. */
  record Located(JsonNode node, String pointer) {}

  /** An operation under paths, or under the callbacks of one. */
  record Operation(String pointer, String path, String method, JsonNode node) {
    String label() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }
  }

  /** A media type, parameter or header whose {@code example}/{@code examples} must match {@code schema}. */
  record ExampleHolder(Rule rule, JsonNode holder, JsonNode schema, String pointer, String direction) {}

  /** Every operation under paths, and under the callbacks of those operations. */
  List<Operation> operations() {
    if (operations != null) {
      return operations;
    }
    operations = new ArrayList<>();
    root.path("paths").fields().forEachRemaining(path -> {
      String pointer = "#/paths/" + escape(path.getKey());
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        String operationPointer = pointer + "/" + method;
        operations.add(new Operation(operationPointer, path.getKey(), method, operation));
        operation.path("callbacks").fields().forEachRemaining(callback ->
            callback.getValue().fields().forEachRemaining(expression -> {
              for (String callbackMethod : METHODS) {
                JsonNode callbackOperation = expression.getValue().get(callbackMethod);
                if (callbackOperation != null) {
                  operations.add(new Operation(
                      operationPointer + "/callbacks/" + escape(callback.getKey()) + "/"
                          + escape(expression.getKey()) + "/" + callbackMethod,
                      "callback " + callback.getKey(), callbackMethod, callbackOperation));
                }
              }
            }));
      }
    });
    return operations;
  }

  /** The operations whose {@code field} (summary, description, operationId) is missing or blank. */
  List<Operation> operationsWithout(String field) {
    List<Operation> result = new ArrayList<>();
    for (Operation op : operations()) {
      if (op.node().path(field).asText("").isBlank()) {
        result.add(op);
      }
    }
    return result;
  }

  /** The operations that declare no response in a status class: {@code '2'} for 2xx (or {@code 2XX}). */
  List<Operation> operationsWithoutStatusClass(char digit) {
    Pattern status = Pattern.compile("^" + digit + "(\\d\\d|XX)$");
    List<Operation> result = new ArrayList<>();
    for (Operation op : operations()) {
      List<String> statuses = new ArrayList<>();
      op.node().path("responses").fieldNames().forEachRemaining(statuses::add);
      if (statuses.stream().noneMatch(code -> status.matcher(code).matches())) {
        result.add(op);
      }
    }
    return result;
  }

  /** The keys of {@code paths}, as written. */
  List<String> pathKeys() {
    List<String> keys = new ArrayList<>();
    root.path("paths").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  static String pathPointer(String path) {
    return "#/paths/" + escape(path);
  }

  /** A server's URL, where it has one, and the pointer to the server. */
  record ServerUrl(String url, JsonNode server, String pointer) {}

  /** The servers that have a URL, with it. */
  List<ServerUrl> serverUrls() {
    List<ServerUrl> result = new ArrayList<>();
    for (Located server : servers()) {
      String url = server.node().path("url").asText("");
      if (!url.isBlank()) {
        result.add(new ServerUrl(url, server.node(), server.pointer()));
      }
    }
    return result;
  }

  /**
   * Validates the {@code example} and each {@code examples} value of every holder of {@code kind}
   * (media types or parameters) against the holder's schema.
   */
  void validateExamples(Rule kind, Findings findings) {
    for (ExampleHolder holder : exampleHolders()) {
      if (holder.rule() != kind || holder.schema() == null) {
        continue;
      }
      if (holder.holder().has("example")) {
        validate(findings, holder.holder().get("example"), holder.schema(), holder.pointer() + "/example",
            holder.direction());
      }
      holder.holder().path("examples").fields().forEachRemaining(entry -> {
        JsonNode example = resolve(entry.getValue());
        if (example.has("value")) {
          validate(findings, example.get("value"), holder.schema(),
              holder.pointer() + "/examples/" + escape(entry.getKey()) + "/value", holder.direction());
        }
      });
    }
  }

  /** Every Server object: top-level, per path and per operation. */
  List<Located> servers() {
    if (servers == null) {
      servers = new ArrayList<>();
      addServers(root.path("servers"), "#/servers");
      root.path("paths").fields().forEachRemaining(path -> {
        String pathPointer = "#/paths/" + escape(path.getKey());
        addServers(path.getValue().path("servers"), pathPointer + "/servers");
        for (String method : METHODS) {
          addServers(path.getValue().path(method).path("servers"), pathPointer + "/" + method + "/servers");
        }
      });
    }
    return servers;
  }

  private void addServers(JsonNode list, String where) {
    for (int i = 0; i < list.size(); i++) {
      servers.add(new Located(list.get(i), where + "/" + i));
    }
  }

  /** Every {@code $ref} target in the document (examples are data, so theirs do not count). */
  Set<String> refs() {
    Set<String> refs = new HashSet<>();
    collectRefs(root, refs);
    return refs;
  }

  private static void collectRefs(JsonNode node, Set<String> refs) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        refs.add(ref.asText());
      }
      node.fields().forEachRemaining(field -> {
        if (!field.getKey().equals("example")) {
          collectRefs(field.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }

  /**
   * Every inline schema: under components, parameters, headers, request and response bodies, and
   * inside those (properties, items, additionalProperties, not, allOf/anyOf/oneOf); not the ones a
   * {@code $ref} points at, which are visited where they are defined.
   */
  List<Located> schemas() {
    if (schemas == null) {
      walkSchemasAndExamples();
    }
    return schemas;
  }

  /** Every media type, parameter and header that may carry examples, with its schema. */
  List<ExampleHolder> exampleHolders() {
    if (exampleHolders == null) {
      walkSchemasAndExamples();
    }
    return exampleHolders;
  }

  /** Every Example object written in place (not a {@code $ref} to one). */
  List<Located> exampleObjects() {
    if (exampleObjects == null) {
      walkSchemasAndExamples();
    }
    return exampleObjects;
  }

  private void walkSchemasAndExamples() {
    schemas = new ArrayList<>();
    exampleHolders = new ArrayList<>();
    exampleObjects = new ArrayList<>();
    JsonNode components = root.path("components");
    components.path("schemas").fields().forEachRemaining(schema ->
        walkSchema(schema.getValue(), "#/components/schemas/" + escape(schema.getKey())));
    components.path("parameters").fields().forEachRemaining(parameter ->
        walkParameter(parameter.getValue(), "#/components/parameters/" + escape(parameter.getKey())));
    components.path("headers").fields().forEachRemaining(header ->
        walkParameter(header.getValue(), "#/components/headers/" + escape(header.getKey())));
    components.path("responses").fields().forEachRemaining(response ->
        walkResponse(response.getValue(), "#/components/responses/" + escape(response.getKey())));
    components.path("requestBodies").fields().forEachRemaining(body ->
        walkContent(body.getValue().path("content"),
            "#/components/requestBodies/" + escape(body.getKey()) + "/content", "request.body"));
    components.path("examples").fields().forEachRemaining(example ->
        walkExampleObject(example.getValue(), "#/components/examples/" + escape(example.getKey())));

    root.path("paths").fields().forEachRemaining(path -> {
      JsonNode parameters = path.getValue().path("parameters");
      for (int i = 0; i < parameters.size(); i++) {
        walkParameter(parameters.get(i), "#/paths/" + escape(path.getKey()) + "/parameters/" + i);
      }
    });
    for (Operation op : operations()) {
      JsonNode parameters = op.node().path("parameters");
      for (int i = 0; i < parameters.size(); i++) {
        walkParameter(parameters.get(i), op.pointer() + "/parameters/" + i);
      }
      JsonNode body = op.node().path("requestBody");
      if (!body.has("$ref")) {
        walkContent(body.path("content"), op.pointer() + "/requestBody/content", "request.body");
      }
      op.node().path("responses").fields().forEachRemaining(response ->
          walkResponse(response.getValue(), op.pointer() + "/responses/" + escape(response.getKey())));
    }
  }

  private void walkResponse(JsonNode response, String where) {
    if (response.has("$ref")) {
      return; // Walked where it is defined.
    }
    walkContent(response.path("content"), where + "/content", "response.body");
    response.path("headers").fields().forEachRemaining(header ->
        walkParameter(header.getValue(), where + "/headers/" + escape(header.getKey())));
  }

  private void walkContent(JsonNode content, String where, String direction) {
    content.fields().forEachRemaining(media -> {
      String pointer = where + "/" + escape(media.getKey());
      JsonNode mediaType = media.getValue();
      JsonNode schema = mediaType.get("schema");
      if (schema != null) {
        walkSchema(schema, pointer + "/schema");
      }
      walkExamples(Rule.VALID_MEDIA_EXAMPLE, mediaType, schema, pointer, direction);
    });
  }

  private void walkParameter(JsonNode parameter, String where) {
    if (parameter.has("$ref")) {
      return; // Walked where it is defined.
    }
    JsonNode schema = parameter.get("schema");
    if (schema != null) {
      walkSchema(schema, where + "/schema");
    }
    walkExamples(Rule.VALID_PARAMETER_EXAMPLE, parameter, schema, where, "parameter");
    if (parameter.has("content")) {
      walkContent(parameter.path("content"), where + "/content", "parameter");
    }
  }

  private void walkExamples(Rule rule, JsonNode holder, JsonNode schema, String where, String direction) {
    exampleHolders.add(new ExampleHolder(rule, holder, schema, where, direction));
    holder.path("examples").fields().forEachRemaining(entry ->
        walkExampleObject(entry.getValue(), where + "/examples/" + escape(entry.getKey())));
  }

  private void walkExampleObject(JsonNode example, String where) {
    if (!example.has("$ref")) {
      exampleObjects.add(new Located(example, where));
    }
  }

  private void walkSchema(JsonNode schema, String where) {
    if (!schema.isObject() || schema.has("$ref")) {
      return;
    }
    schemas.add(new Located(schema, where));
    schema.path("properties").fields().forEachRemaining(property ->
        walkSchema(property.getValue(), where + "/properties/" + escape(property.getKey())));
    for (String key : List.of("items", "additionalProperties", "not")) {
      if (schema.path(key).isObject()) {
        walkSchema(schema.get(key), where + "/" + key);
      }
    }
    for (String key : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode list = schema.path(key);
      for (int i = 0; i < list.size(); i++) {
        walkSchema(list.get(i), where + "/" + key + "/" + i);
      }
    }
  }

  /** Reports each error of validating {@code value} against {@code schemaNode}. */
  void validate(Findings findings, JsonNode value, JsonNode schemaNode, String where, String direction) {
    if (validator == null) {
      OpenAPI api = parsed.getOpenAPI();
      validator = new SchemaValidator(api, new MessageResolver());
    }
    Schema<?> schema = Json.mapper().convertValue(schemaNode, Schema.class);
    ValidationReport report = validator.validate(() -> value, schema, direction);
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        findings.add(where, "example does not match its schema: " + message.getMessage());
      }
    }
  }

  /**
   * Follows a chain of local {@code $ref}s, at most ten long (so that a cycle ends); other nodes, and
   * a reference that resolves to nothing, come back as they are.
   */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        return current;
      }
      JsonNode target = root.at(ref.substring(1));
      if (target.isMissingNode()) {
        return current;
      }
      current = target;
    }
    return current;
  }

  /** The {@code {name}}s of a path or server URL template, in order, empty ones left out. */
  static List<String> templateVariables(String template) {
    List<String> names = new ArrayList<>();
    Matcher m = TEMPLATE_VAR.matcher(template);
    while (m.find()) {
      if (!m.group(1).isEmpty()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
