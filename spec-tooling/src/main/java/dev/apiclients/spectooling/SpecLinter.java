package dev.apiclients.spectooling;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java-native OpenAPI 3.0 lint: the rules of Spectral's {@code spectral:oas} and Redocly's
 * {@code recommended} set that matter for a generated client, plus a few of our own (see {@link Rule}).
 *
 * <pre>{@code
 * List<Finding> findings = SpecLinter.lint(Path.of("src/main/resources/openapi/api.yaml"));
 * }</pre>
 *
 * <p>Most rules read the YAML tree as written, so findings point at the document with JSON pointers;
 * examples are checked with swagger-request-validator's schema validator against the parsed spec.
 */
public final class SpecLinter {
  /** Marks a component that nothing in the spec references on purpose; the value says why. */
  public static final String UNREFERENCED_REASON = "x-unreferenced-reason";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final List<String> COMPONENT_TYPES = List.of(
      "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks");
  /** The verbs an operationId may start with: it becomes a Java method name. */
  static final Set<String> VERBS = Set.of(
      "activate", "add", "approve", "assign", "cancel", "check", "confirm", "copy", "count", "create",
      "deactivate", "delete", "disable", "download", "enable", "export", "fetch", "find", "get",
      "import", "install", "link", "list", "move", "notify", "patch", "post", "put", "refresh",
      "register", "reject", "remove", "replace", "reset", "retrieve", "revoke", "search", "send",
      "set", "sign", "start", "stop", "submit", "uninstall", "unlink", "update", "upload",
      "validate", "verify");
  private static final Pattern URL_SAFE = Pattern.compile("^[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]*$");
  private static final Pattern LOWER_CAMEL = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
  private static final Pattern LEADING_WORD = Pattern.compile("^[a-z]+");
  private static final Pattern TEMPLATE_VAR = Pattern.compile("\\{([^}]*)}");
  private static final Pattern COMPONENT_NAME = Pattern.compile("^[a-zA-Z0-9._-]+$");
  private static final Pattern EXAMPLE_COM =
      Pattern.compile("(?i)^([a-z][a-z0-9+.-]*:)?//([^/]*\\.)?example\\.com(:\\d+)?(/.*)?$");
  private static final Pattern STATUS_2XX = Pattern.compile("^2(\\d\\d|XX)$");
  private static final Pattern STATUS_4XX = Pattern.compile("^4(\\d\\d|XX)$");

  private final JsonNode root;
  private final SwaggerParseResult parsed;
  private final List<Finding> findings = new ArrayList<>();
  private SchemaValidator validator;

  private SpecLinter(JsonNode root, SwaggerParseResult parsed) {
    this.root = root;
    this.parsed = parsed;
  }

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
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIParser().readContents(yaml, null, options);
    return new SpecLinter(root, parsed).run();
  }

  private List<Finding> run() {
    if (!checkDocument()) {
      return findings;
    }
    List<Operation> operations = operations();
    checkRefSiblings(root, "#");
    checkComponents();
    checkMarkdown(root, "#");
    checkInfo();
    checkServers();
    checkTags(operations);
    checkOperations(operations);
    checkPaths();
    checkSchemasAndExamples(operations);
    return findings;
  }

  // --- The document ------------------------------------------------------------------------

  private boolean checkDocument() {
    if (root == null || !root.isObject()) {
      add(Rule.VALID_OPENAPI, "#", "the document is not a YAML mapping");
      return false;
    }
    String version = root.path("openapi").asText("");
    if (!version.startsWith("3.0.")) {
      add(Rule.VALID_OPENAPI, "#/openapi", "expected OpenAPI 3.0.x, found '" + version + "'");
    }
    for (String message : parsed.getMessages() == null ? List.<String>of() : parsed.getMessages()) {
      add(Rule.VALID_OPENAPI, "#", message);
    }
    OpenAPI api = parsed.getOpenAPI();
    if (api == null) {
      return false;
    }
    validator = new SchemaValidator(api, new MessageResolver());
    return true;
  }

  private void checkRefSiblings(JsonNode node, String where) {
    if (node.isObject()) {
      if (node.has("$ref") && node.size() > 1) {
        List<String> siblings = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
          if (!name.equals("$ref")) {
            siblings.add(name);
          }
        });
        add(Rule.NO_REF_SIBLINGS, where, "$ref has siblings " + siblings + ", which OpenAPI 3.0 ignores");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String key = field.getKey();
        if (key.equals("example") || key.startsWith("x-")) {
          continue; // Data, not OpenAPI objects.
        }
        if (key.equals("examples") && field.getValue().isObject()) {
          field.getValue().fields().forEachRemaining(example -> {
            JsonNode copy = example.getValue().deepCopy();
            if (copy.isObject()) {
              ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("value");
            }
            checkRefSiblings(copy, where + "/examples/" + escape(example.getKey()));
          });
          continue;
        }
        checkRefSiblings(field.getValue(), where + "/" + escape(key));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkRefSiblings(node.get(i), where + "/" + i);
      }
    }
  }

  private void checkComponents() {
    Set<String> refs = new HashSet<>();
    collectRefs(root, refs);
    JsonNode components = root.path("components");
    for (String type : COMPONENT_TYPES) {
      JsonNode map = components.path(type);
      for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        String pointer = "#/components/" + type + "/" + escape(name);
        if (!COMPONENT_NAME.matcher(name).matches()) {
          add(Rule.COMPONENT_NAME, pointer, "component name '" + name + "' is not made of [a-zA-Z0-9._-]");
        }
        boolean referenced = refs.stream().anyMatch(ref -> ref.equals(pointer) || ref.startsWith(pointer + "/"));
        JsonNode reason = map.get(name).get(UNREFERENCED_REASON);
        if (reason != null && (!reason.isTextual() || reason.asText().isBlank())) {
          add(Rule.NO_UNUSED_COMPONENTS, pointer, UNREFERENCED_REASON + " must be a sentence saying why");
        } else if (referenced && reason != null) {
          add(Rule.NO_UNUSED_COMPONENTS, pointer,
              "is referenced, so its " + UNREFERENCED_REASON + " is stale: remove it");
        } else if (!referenced && reason == null) {
          add(Rule.NO_UNUSED_COMPONENTS, pointer, "is never referenced: reference it, remove it, or say "
              + "why it stays with " + UNREFERENCED_REASON + ": <why>");
        }
      }
    }
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

  private void checkMarkdown(JsonNode node, String where) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        String key = field.getKey();
        JsonNode value = field.getValue();
        String pointer = where + "/" + escape(key);
        if (key.equals("example") || key.equals("value") || key.equals("enum") || key.startsWith("x-")) {
          return;
        }
        if ((key.equals("description") || key.equals("title")) && value.isTextual()) {
          if (value.asText().contains("eval(")) {
            add(Rule.NO_EVAL_IN_MARKDOWN, pointer, "contains 'eval('");
          }
          if (value.asText().toLowerCase().contains("<script")) {
            add(Rule.NO_SCRIPT_TAGS_IN_MARKDOWN, pointer, "contains a <script tag");
          }
          return;
        }
        checkMarkdown(value, pointer);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkMarkdown(node.get(i), where + "/" + i);
      }
    }
  }

  // --- info and servers --------------------------------------------------------------------

  private void checkInfo() {
    JsonNode info = root.path("info");
    if (!info.path("contact").isObject()) {
      add(Rule.INFO_CONTACT, "#/info", "has no contact");
    }
    if (info.path("description").asText("").isBlank()) {
      add(Rule.INFO_DESCRIPTION, "#/info", "has no description");
    }
    if (info.path("license").path("name").asText("").isBlank()) {
      add(Rule.INFO_LICENSE, "#/info", "has no license (name)");
    }
  }

  private void checkServers() {
    JsonNode servers = root.path("servers");
    if (!servers.isArray() || servers.isEmpty()) {
      add(Rule.SERVERS_DEFINED, "#", "has no servers");
    }
    checkServerList(servers, "#/servers");
    root.path("paths").fields().forEachRemaining(path -> {
      String pathPointer = "#/paths/" + escape(path.getKey());
      checkServerList(path.getValue().path("servers"), pathPointer + "/servers");
      for (String method : METHODS) {
        checkServerList(path.getValue().path(method).path("servers"), pathPointer + "/" + method + "/servers");
      }
    });
  }

  private void checkServerList(JsonNode servers, String where) {
    for (int i = 0; i < servers.size(); i++) {
      JsonNode server = servers.get(i);
      String pointer = where + "/" + i;
      String url = server.path("url").asText("");
      if (url.isBlank()) {
        add(Rule.SERVERS_DEFINED, pointer, "server has no url");
        continue;
      }
      if (url.length() > 1 && url.endsWith("/")) {
        add(Rule.SERVER_TRAILING_SLASH, pointer, "url '" + url + "' ends with /");
      }
      if (EXAMPLE_COM.matcher(url).matches()) {
        add(Rule.SERVER_NOT_EXAMPLE, pointer, "url '" + url + "' points at example.com");
      }
      Set<String> used = new LinkedHashSet<>();
      Matcher m = TEMPLATE_VAR.matcher(url);
      while (m.find()) {
        used.add(m.group(1));
      }
      JsonNode variables = server.path("variables");
      for (String name : used) {
        if (!variables.has(name)) {
          add(Rule.SERVER_VARIABLES, pointer, "url uses {" + name + "}, which is not in variables");
        }
      }
      variables.fields().forEachRemaining(variable -> {
        String name = variable.getKey();
        JsonNode value = variable.getValue();
        String variablePointer = pointer + "/variables/" + escape(name);
        if (!used.contains(name)) {
          add(Rule.SERVER_VARIABLES, variablePointer, "variable is not used in the url");
        }
        if (!value.has("default")) {
          add(Rule.SERVER_VARIABLES, variablePointer, "variable has no default");
        }
        JsonNode values = value.get("enum");
        if (values != null) {
          if (!values.isArray() || values.isEmpty()) {
            add(Rule.SERVER_VARIABLES, variablePointer, "enum is empty");
          } else if (value.has("default") && !contains(values, value.get("default"))) {
            add(Rule.SERVER_VARIABLES, variablePointer, "default is not one of the enum values");
          }
        }
      });
    }
  }

  // --- Tags --------------------------------------------------------------------------------

  private void checkTags(List<Operation> operations) {
    JsonNode tags = root.path("tags");
    Set<String> declared = new LinkedHashSet<>();
    if (!tags.isArray() || tags.isEmpty()) {
      add(Rule.TAGS_DEFINED, "#", "has no top-level tags");
    }
    for (int i = 0; i < tags.size(); i++) {
      JsonNode tag = tags.get(i);
      String name = tag.path("name").asText("");
      String pointer = "#/tags/" + i;
      if (!declared.add(name)) {
        add(Rule.TAGS_DEFINED, pointer, "tag '" + name + "' is declared twice");
      }
      if (tag.path("description").asText("").isBlank()) {
        add(Rule.TAGS_DEFINED, pointer, "tag '" + name + "' has no description");
      }
    }
    Set<String> used = new HashSet<>();
    for (Operation operation : operations) {
      JsonNode operationTags = operation.node.path("tags");
      if (!operationTags.isArray() || operationTags.isEmpty()) {
        add(Rule.OPERATION_TAGS, operation.pointer, operation.label() + " has no tags");
      }
      for (JsonNode tag : operationTags) {
        used.add(tag.asText());
        if (!declared.contains(tag.asText())) {
          add(Rule.OPERATION_TAG_DEFINED, operation.pointer,
              operation.label() + " uses tag '" + tag.asText() + "', which is not declared in tags");
        }
      }
    }
    for (int i = 0; i < tags.size(); i++) {
      String name = tags.get(i).path("name").asText("");
      if (!used.contains(name)) {
        add(Rule.TAGS_USED, "#/tags/" + i, "tag '" + name + "' is used by no operation");
      }
    }
  }

  // --- Operations --------------------------------------------------------------------------

  private void checkOperations(List<Operation> operations) {
    Map<String, String> ids = new HashMap<>();
    Set<String> schemes = new HashSet<>();
    root.path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
    checkSecurity(root.path("security"), "#/security", schemes);
    boolean globalSecurity = root.path("security").isArray() && !root.path("security").isEmpty();

    for (Operation op : operations) {
      JsonNode node = op.node;
      String id = node.path("operationId").asText("");
      if (id.isBlank()) {
        add(Rule.OPERATION_OPERATION_ID, op.pointer, op.label() + " has no operationId");
      } else {
        String previous = ids.putIfAbsent(id, op.label());
        if (previous != null) {
          add(Rule.OPERATION_OPERATION_ID_UNIQUE, op.pointer,
              "operationId '" + id + "' is used by " + previous + " and " + op.label());
        }
        if (!URL_SAFE.matcher(id).matches()) {
          add(Rule.OPERATION_OPERATION_ID_URL_SAFE, op.pointer, "operationId '" + id + "' is not URL-safe");
        }
        Matcher word = LEADING_WORD.matcher(id);
        if (!LOWER_CAMEL.matcher(id).matches() || !word.find() || !VERBS.contains(word.group())) {
          add(Rule.OPERATION_OPERATION_ID_VERB, op.pointer,
              "operationId '" + id + "' is not lowerCamelCase starting with a verb (list, get, create, ...)");
        }
      }
      if (node.path("summary").asText("").isBlank()) {
        add(Rule.OPERATION_SUMMARY, op.pointer, op.label() + " has no summary");
      }
      if (node.path("description").asText("").isBlank()) {
        add(Rule.OPERATION_DESCRIPTION, op.pointer, op.label() + " has no description");
      }
      List<String> statuses = new ArrayList<>();
      node.path("responses").fieldNames().forEachRemaining(statuses::add);
      if (statuses.stream().noneMatch(s -> STATUS_2XX.matcher(s).matches())) {
        add(Rule.OPERATION_SUCCESS_RESPONSE, op.pointer, op.label() + " declares no 2xx response");
      }
      if (statuses.stream().noneMatch(s -> STATUS_4XX.matcher(s).matches())) {
        add(Rule.OPERATION_4XX_RESPONSE, op.pointer, op.label() + " declares no 4xx response");
      }
      checkParametersUnique(node.path("parameters"), op.pointer + "/parameters");
      if (node.has("security")) {
        checkSecurity(node.path("security"), op.pointer + "/security", schemes);
      } else if (!globalSecurity) {
        add(Rule.OPERATION_SECURITY_DEFINED, op.pointer,
            op.label() + " has no security (and there is no global one); say `security: []` if it is open");
      }
    }
  }

  private void checkSecurity(JsonNode requirements, String where, Set<String> schemes) {
    for (int i = 0; i < requirements.size(); i++) {
      int index = i;
      requirements.get(i).fieldNames().forEachRemaining(name -> {
        if (!schemes.contains(name)) {
          add(Rule.OPERATION_SECURITY_DEFINED, where + "/" + index,
              "security scheme '" + name + "' is not in components.securitySchemes");
        }
      });
    }
  }

  private void checkParametersUnique(JsonNode parameters, String where) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < parameters.size(); i++) {
      JsonNode parameter = resolve(parameters.get(i));
      String key = parameter.path("in").asText() + " parameter '" + parameter.path("name").asText() + "'";
      if (!seen.add(key)) {
        add(Rule.OPERATION_PARAMETERS_UNIQUE, where + "/" + i, key + " is declared twice");
      }
    }
  }

  // --- Paths -------------------------------------------------------------------------------

  private void checkPaths() {
    Map<String, String> normalized = new HashMap<>();
    root.path("paths").fields().forEachRemaining(entry -> {
      String path = entry.getKey();
      JsonNode item = entry.getValue();
      String pointer = "#/paths/" + escape(path);
      if (path.length() > 1 && path.endsWith("/")) {
        add(Rule.PATH_KEYS_NO_TRAILING_SLASH, pointer, "path ends with /");
      }
      if (path.contains("?")) {
        add(Rule.PATH_NOT_INCLUDE_QUERY, pointer, "path contains a query (?)");
      }
      if (path.contains("{}")) {
        add(Rule.PATH_DECLARATIONS_MUST_EXIST, pointer, "path contains an empty {}");
      }
      String shape = TEMPLATE_VAR.matcher(path).replaceAll("{}");
      String twin = normalized.putIfAbsent(shape, path);
      if (twin != null) {
        add(Rule.NO_IDENTICAL_PATHS, pointer, "path is identical to " + twin + " but for parameter names");
      }

      List<String> template = new ArrayList<>();
      Matcher m = TEMPLATE_VAR.matcher(path);
      while (m.find()) {
        if (!m.group(1).isEmpty()) {
          if (template.contains(m.group(1))) {
            add(Rule.PATH_PARAMS, pointer, "path uses {" + m.group(1) + "} twice");
          }
          template.add(m.group(1));
        }
      }
      Map<String, JsonNode> pathLevel = pathParameters(item.path("parameters"), pointer + "/parameters", template);
      for (String method : METHODS) {
        JsonNode operation = item.get(method);
        if (operation == null) {
          continue;
        }
        String operationPointer = pointer + "/" + method;
        Map<String, JsonNode> effective = new LinkedHashMap<>(pathLevel);
        effective.putAll(pathParameters(operation.path("parameters"), operationPointer + "/parameters", template));
        for (String name : template) {
          if (!effective.containsKey(name)) {
            add(Rule.PATH_PARAMS, operationPointer,
                method.toUpperCase() + " " + path + " does not declare path parameter '" + name + "'");
          }
        }
      }
    });
  }

  private Map<String, JsonNode> pathParameters(JsonNode parameters, String where, List<String> template) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      JsonNode parameter = resolve(parameters.get(i));
      if (!parameter.path("in").asText().equals("path")) {
        continue;
      }
      String name = parameter.path("name").asText();
      result.put(name, parameter);
      if (!template.contains(name)) {
        add(Rule.PATH_PARAMS, where + "/" + i, "path parameter '" + name + "' does not appear in the path");
      }
      if (!parameter.path("required").asBoolean(false)) {
        add(Rule.PATH_PARAMS, where + "/" + i, "path parameter '" + name + "' is not required: true");
      }
    }
    return result;
  }

  // --- Schemas and examples ----------------------------------------------------------------

  private void checkSchemasAndExamples(List<Operation> operations) {
    JsonNode components = root.path("components");
    components.path("schemas").fields().forEachRemaining(schema ->
        checkSchema(schema.getValue(), "#/components/schemas/" + escape(schema.getKey())));
    components.path("parameters").fields().forEachRemaining(parameter ->
        checkParameter(parameter.getValue(), "#/components/parameters/" + escape(parameter.getKey())));
    components.path("headers").fields().forEachRemaining(header ->
        checkParameter(header.getValue(), "#/components/headers/" + escape(header.getKey())));
    components.path("responses").fields().forEachRemaining(response ->
        checkResponse(response.getValue(), "#/components/responses/" + escape(response.getKey())));
    components.path("requestBodies").fields().forEachRemaining(body ->
        checkContent(body.getValue().path("content"),
            "#/components/requestBodies/" + escape(body.getKey()) + "/content", "request.body"));
    components.path("examples").fields().forEachRemaining(example ->
        checkExampleObject(example.getValue(), "#/components/examples/" + escape(example.getKey())));

    root.path("paths").fields().forEachRemaining(path -> {
      JsonNode parameters = path.getValue().path("parameters");
      for (int i = 0; i < parameters.size(); i++) {
        checkParameter(parameters.get(i), "#/paths/" + escape(path.getKey()) + "/parameters/" + i);
      }
    });
    for (Operation op : operations) {
      JsonNode parameters = op.node.path("parameters");
      for (int i = 0; i < parameters.size(); i++) {
        checkParameter(parameters.get(i), op.pointer + "/parameters/" + i);
      }
      JsonNode body = op.node.path("requestBody");
      if (!body.has("$ref")) {
        checkContent(body.path("content"), op.pointer + "/requestBody/content", "request.body");
      }
      op.node.path("responses").fields().forEachRemaining(response ->
          checkResponse(response.getValue(), op.pointer + "/responses/" + escape(response.getKey())));
    }
  }

  private void checkResponse(JsonNode response, String where) {
    if (response.has("$ref")) {
      return; // Checked where it is defined.
    }
    checkContent(response.path("content"), where + "/content", "response.body");
    response.path("headers").fields().forEachRemaining(header ->
        checkParameter(header.getValue(), where + "/headers/" + escape(header.getKey())));
  }

  private void checkContent(JsonNode content, String where, String direction) {
    content.fields().forEachRemaining(media -> {
      String pointer = where + "/" + escape(media.getKey());
      JsonNode mediaType = media.getValue();
      JsonNode schema = mediaType.get("schema");
      if (schema != null) {
        checkSchema(schema, pointer + "/schema");
      }
      checkExamples(Rule.VALID_MEDIA_EXAMPLE, mediaType, schema, pointer, direction);
    });
  }

  private void checkParameter(JsonNode parameter, String where) {
    if (parameter.has("$ref")) {
      return; // Checked where it is defined.
    }
    JsonNode schema = parameter.get("schema");
    if (schema != null) {
      checkSchema(schema, where + "/schema");
    }
    checkExamples(Rule.VALID_PARAMETER_EXAMPLE, parameter, schema, where, "parameter");
    if (parameter.has("content")) {
      checkContent(parameter.path("content"), where + "/content", "parameter");
    }
  }

  /** Checks {@code example} and {@code examples} of a media type, parameter or header. */
  private void checkExamples(Rule rule, JsonNode holder, JsonNode schema, String where, String direction) {
    if (holder.has("example") && schema != null) {
      validate(rule, holder.get("example"), schema, where + "/example", direction);
    }
    holder.path("examples").fields().forEachRemaining(entry -> {
      String pointer = where + "/examples/" + escape(entry.getKey());
      JsonNode example = entry.getValue();
      if (!example.has("$ref")) {
        checkExampleObject(example, pointer);
      }
      JsonNode resolved = resolve(example);
      if (resolved.has("value") && schema != null) {
        validate(rule, resolved.get("value"), schema, pointer + "/value", direction);
      }
    });
  }

  private void checkExampleObject(JsonNode example, String where) {
    if (example.has("$ref")) {
      return;
    }
    if (example.has("value") == example.has("externalValue")) {
      add(Rule.EXAMPLE_VALUE_OR_EXTERNAL_VALUE, where, "example must have exactly one of value and externalValue");
    }
  }

  /** Checks one schema and, recursively, the schemas inside it (not the ones it references). */
  private void checkSchema(JsonNode schema, String where) {
    if (!schema.isObject() || schema.has("$ref")) {
      return;
    }
    String type = schema.path("type").asText(null);
    for (String key : List.of("enum", "x-extensible-enum")) {
      JsonNode values = schema.get(key);
      if (values == null) {
        continue;
      }
      if (!values.isArray()) {
        add(Rule.TYPED_ENUM, where + "/" + key, key + " is not a list");
        continue;
      }
      if (type == null) {
        add(Rule.TYPED_ENUM, where, "schema has " + key + " but no type");
      }
      Set<JsonNode> seen = new HashSet<>();
      for (JsonNode value : values) {
        if (type != null && !hasType(value, type, schema.path("nullable").asBoolean(false))) {
          add(Rule.TYPED_ENUM, where + "/" + key, "value " + value + " is not of type " + type);
        }
        if (!seen.add(value)) {
          add(Rule.DUPLICATED_ENTRY_IN_ENUM, where + "/" + key, "value " + value + " is listed twice");
        }
      }
    }
    if ("array".equals(type) && !schema.has("items")) {
      add(Rule.ARRAY_ITEMS, where, "schema of type array has no items");
    }
    for (String key : List.of("example", "default")) {
      if (schema.has(key)) {
        validate(Rule.VALID_SCHEMA_EXAMPLE, schema.get(key), schema, where + "/" + key, "schema");
      }
    }
    schema.path("properties").fields().forEachRemaining(property ->
        checkSchema(property.getValue(), where + "/properties/" + escape(property.getKey())));
    for (String key : List.of("items", "additionalProperties", "not")) {
      if (schema.path(key).isObject()) {
        checkSchema(schema.get(key), where + "/" + key);
      }
    }
    for (String key : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode list = schema.path(key);
      for (int i = 0; i < list.size(); i++) {
        checkSchema(list.get(i), where + "/" + key + "/" + i);
      }
    }
  }

  private static boolean hasType(JsonNode value, String type, boolean nullable) {
    if (value.isNull()) {
      return nullable;
    }
    switch (type) {
      case "string":
        return value.isTextual();
      case "integer":
        return value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
      case "number":
        return value.isNumber();
      case "boolean":
        return value.isBoolean();
      case "array":
        return value.isArray();
      case "object":
        return value.isObject();
      default:
        return false;
    }
  }

  private void validate(Rule rule, JsonNode value, JsonNode schemaNode, String where, String direction) {
    Schema<?> schema = Json.mapper().convertValue(schemaNode, Schema.class);
    ValidationReport report = validator.validate(() -> value, schema, direction);
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        add(rule, where, "example does not match its schema: " + message.getMessage());
      }
    }
  }

  // --- Helpers -----------------------------------------------------------------------------

  private record Operation(String pointer, String path, String method, JsonNode node, boolean callback) {
    String label() {
      return method.toUpperCase() + " " + path;
    }
  }

  /** Every operation under paths, and under the callbacks of those operations. */
  private List<Operation> operations() {
    List<Operation> result = new ArrayList<>();
    root.path("paths").fields().forEachRemaining(path -> {
      String pointer = "#/paths/" + escape(path.getKey());
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        String operationPointer = pointer + "/" + method;
        result.add(new Operation(operationPointer, path.getKey(), method, operation, false));
        operation.path("callbacks").fields().forEachRemaining(callback ->
            callback.getValue().fields().forEachRemaining(expression -> {
              for (String callbackMethod : METHODS) {
                JsonNode callbackOperation = expression.getValue().get(callbackMethod);
                if (callbackOperation != null) {
                  result.add(new Operation(
                      operationPointer + "/callbacks/" + escape(callback.getKey()) + "/"
                          + escape(expression.getKey()) + "/" + callbackMethod,
                      "callback " + callback.getKey(), callbackMethod, callbackOperation, true));
                }
              }
            }));
      }
    });
    return result;
  }

  /** Follows a local {@code $ref} (one level is all the specs use); other nodes come back as they are. */
  private JsonNode resolve(JsonNode node) {
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

  private static boolean contains(JsonNode array, JsonNode value) {
    for (JsonNode element : array) {
      if (element.equals(value)) {
        return true;
      }
    }
    return false;
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private void add(Rule rule, String where, String message) {
    findings.add(new Finding(rule, where, message));
  }

  /** The ids of all rules that found something, for tests. */
  static Set<String> ruleIds(List<Finding> findings) {
    Set<String> ids = new TreeSet<>();
    findings.forEach(finding -> ids.add(finding.rule().id()));
    return ids;
  }
}
