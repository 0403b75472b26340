package dev.apiclients.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Writes the copy of a spec that openapi-generator reads: the spec as it is, except that
 *
 * <ul>
 *   <li>every {@code x-extensible-enum} is a plain {@code enum} (our enum template is open anyway, and
 *       the generator makes enum classes only of {@code enum});
 *   <li>every {@code description}, {@code summary} and {@code x-enum-descriptions} entry is the
 *       Markdown rendered to HTML (CommonMark), on one line and safe inside a javadoc comment: no
 *       {@code *}{@code /}, no {@code @}, no braces, no backslash and no double quote (the generator
 *       escapes those for Java strings, which would show in the javadoc);
 *   <li>every error response of an operation carries {@code x-apiclients-exception}, the {@code
 *       ApiHttpException} type the client throws for its status, so that the templates can say it,
 *       and loses its {@code content}: the client maps errors by status in client-runtime, and the
 *       generator would import the error schema into every API file that never uses it (the schema
 *       itself is still generated, as every schema of {@code components} is);
 *   <li>a property that is a bare {@code $ref} to a schema of {@code components} gets that schema's
 *       description (the generator documents a property by its own description only);
 *   <li>with a third argument, a path prefix (Cyclr: {@code /api/partner}), the paths that start with
 *       it lose it: the spec keeps the base path in its paths for tools that ignore a server URL's
 *       path, while the client's base URL holds it and Retrofit's paths stay relative to it.
 * </ul>
 *
 * <p>A summary becomes the first sentence of a method's javadoc, so it ends with a period. Example
 * values ({@code example}, {@code examples.*.value}, {@code default}, {@code enum}) are data and are
 * left alone.
 *
 * <p>Beside the spec it writes {@code openapi-generator-ignore}, which keeps the generator from writing
 * the services of a tag whose operations are all {@code x-client-internal}: the templates would
 * make them empty classes, and the client offers no accessor for them.
 *
 * <p>{@link Codegen}'s {@code prepare} step runs it in the build of each generated module, before the
 * generator: <pre>{@code
 * GeneratorInput.write(spec, inputDirectory.resolve("spec.yaml"), "/api/partner");
 * }</pre>
 */
public final class GeneratorInput {
  private static final Parser MARKDOWN = Parser.builder().build();
  // Raw HTML in a description is shown as text: it could be anything, and doclint judges the result.
  private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).softbreak(" ").build();
  private static final Set<String> DATA_KEYS = Set.of("example", "examples", "default", "enum", "x-extensible-enum");
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final String SCHEMA_REF = "#/components/schemas/";
  static final String IGNORE_FILE = "openapi-generator-ignore";
  private static final Pattern BLOCK_START = Pattern.compile("<(ul|ol|p|pre|blockquote|h[1-6]|table)[ >]");
  private static final Pattern ATTRIBUTE = Pattern.compile("=\"([^\"]*)\"");

  private GeneratorInput() {}

  /**
   * Writes the generator's copy of {@code spec} to {@code out} and, beside it, {@link #IGNORE_FILE}.
   * A non-blank {@code pathPrefix} is removed from the paths that start with it.
   */
  public static void write(Path spec, Path out, String pathPrefix) throws IOException {
    YAMLMapper yaml = new YAMLMapper();
    JsonNode prepared = prepare(yaml.readTree(spec.toFile()));
    if (!pathPrefix.trim().isEmpty()) {
      stripPathPrefix((ObjectNode) prepared, pathPrefix.trim());
    }
    Files.createDirectories(out.getParent());
    yaml.writeValue(out.toFile(), prepared);
    Files.write(out.resolveSibling(IGNORE_FILE), ignoreFile(prepared).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The generator's ignore file (gitignore syntax, relative to its output): the per-tag service
   * files of the tags whose operations are all {@code x-client-internal}.
   */
  static String ignoreFile(JsonNode spec) {
    StringBuilder ignore = new StringBuilder(
        "# Written by GeneratorInput: no services for tags of client-internal operations only.\n");
    for (String tag : clientInternalTags(spec)) {
      String api = apiClassName(tag);
      ignore.append("**/").append(api).append("Service.java\n");
      ignore.append("**/").append(api).append("ServiceAsync.java\n");
    }
    return ignore.toString();
  }

  /** The tags (in the order of the paths) every operation of which is {@code x-client-internal}. */
  static Set<String> clientInternalTags(JsonNode spec) {
    Map<String, Boolean> allInternal = new LinkedHashMap<>();
    for (JsonNode pathItem : iterable(spec.path("paths"))) {
      for (Map.Entry<String, JsonNode> operation : fields(pathItem)) {
        if (!HTTP_METHODS.contains(operation.getKey())) {
          continue;
        }
        boolean internal = operation.getValue().path("x-client-internal").asBoolean(false);
        JsonNode tags = operation.getValue().path("tags");
        List<String> names = new ArrayList<>();
        tags.forEach(tag -> names.add(tag.asText()));
        if (names.isEmpty()) {
          names.add("default");
        }
        for (String name : names) {
          allInternal.merge(name, internal, Boolean::logicalAnd);
        }
      }
    }
    Set<String> tags = new LinkedHashSet<>();
    allInternal.forEach((tag, internal) -> {
      if (internal) {
        tags.add(tag);
      }
    });
    return tags;
  }

  /** The generator's {@code {Tag}Api} class name: the tag's words, each capitalized, joined. */
  static String apiClassName(String tag) {
    StringBuilder name = new StringBuilder();
    for (String word : tag.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name + "Api";
  }

  /** Removes {@code prefix} from the start of every path that begins with {@code prefix + "/"}. */
  static void stripPathPrefix(ObjectNode spec, String prefix) {
    JsonNode paths = spec.path("paths");
    if (!paths.isObject()) {
      return;
    }
    ObjectNode stripped = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> path : fields(paths)) {
      String name = path.getKey();
      stripped.set(name.startsWith(prefix + "/") ? name.substring(prefix.length()) : name, path.getValue());
    }
    spec.set("paths", stripped);
  }

  /** Returns the generator's copy of {@code spec} (which is not modified). */
  public static JsonNode prepare(JsonNode spec) {
    JsonNode copy = transform(spec);
    describeReferences(copy.path("components").path("schemas"));
    describeEnumValues(copy.path("components").path("schemas"));
    JsonNode paths = copy.path("paths");
    JsonNode responseComponents = copy.path("components").path("responses");
    for (JsonNode pathItem : iterable(paths)) {
      for (Map.Entry<String, JsonNode> operation : fields(pathItem)) {
        if (HTTP_METHODS.contains(operation.getKey()) && operation.getValue().has("responses")) {
          markExceptions((ObjectNode) operation.getValue().get("responses"), responseComponents);
        }
      }
    }
    return copy;
  }

  /**
   * Gives every property that is only a {@code $ref} to one of {@code schemas} (and has no
   * description of its own) the referenced schema's description. OpenAPI 3.0 ignores a {@code
   * $ref}'s siblings (so does the generator's parser): the property becomes an {@code allOf} of the
   * one reference, beside which a description counts, and which the generator types as the
   * referenced schema.
   */
  private static void describeReferences(JsonNode schemas) {
    for (JsonNode schema : iterable(schemas)) {
      for (JsonNode property : iterable(schema.path("properties"))) {
        if (!property.isObject() || property.size() != 1 || !property.path("$ref").isTextual()) {
          continue;
        }
        String ref = property.get("$ref").asText();
        if (!ref.startsWith(SCHEMA_REF)) {
          continue;
        }
        JsonNode description = schemas.path(ref.substring(SCHEMA_REF.length())).path("description");
        if (description.isTextual() && !description.asText().isEmpty()) {
          ObjectNode described = (ObjectNode) property;
          described.remove("$ref");
          described.putArray("allOf").addObject().put("$ref", ref);
          described.put("description", description.asText());
        }
      }
    }
  }

  /**
   * Gives every enum schema without {@code x-enum-descriptions} one built from its own description's
   * first sentence ("The value {@code added} of: what happened to ..."), so that no constant is
   * documented by its wire value alone.
   */
  private static void describeEnumValues(JsonNode schemas) {
    for (JsonNode schema : iterable(schemas)) {
      if (!schema.path("enum").isArray() || schema.has("x-enum-descriptions")
          || !schema.path("description").isTextual()) {
        continue;
      }
      String context = firstSentence(schema.get("description").asText());
      if (context.isEmpty()) {
        continue;
      }
      ArrayNode descriptions = JsonNodeFactory.instance.arrayNode();
      for (JsonNode value : schema.get("enum")) {
        // One entry per value, null included: the generator pairs them by position.
        descriptions.add("The value <code>" + javadocSafe(escapeHtml(value.asText())) + "</code> of: " + context);
      }
      ((ObjectNode) schema).set("x-enum-descriptions", descriptions);
    }
  }

  /** The first sentence of rendered HTML: the text before its first block, up to its first full stop. */
  static String firstSentence(String html) {
    Matcher block = BLOCK_START.matcher(html);
    String text = block.find() ? html.substring(0, block.start()) : html;
    int stop = text.indexOf(". ");
    text = (stop < 0 ? text : text.substring(0, stop + 1)).trim();
    return text.isEmpty() ? text : asSentence(text);
  }

  private static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static JsonNode transform(JsonNode node) {
    if (node.isObject()) {
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : fields(node)) {
        String name = field.getKey();
        JsonNode value = field.getValue();
        String newName = name.equals("x-extensible-enum") ? "enum" : name;
        if (DATA_KEYS.contains(name)) {
          result.set(newName, value.deepCopy());
        } else if (value.isTextual() && name.equals("description")) {
          result.set(newName, TextNode.valueOf(renderBlock(value.asText())));
        } else if (value.isTextual() && name.equals("summary")) {
          result.set(newName, TextNode.valueOf(asSentence(renderInline(value.asText()))));
        } else if (value.isArray() && name.equals("x-enum-descriptions")) {
          ArrayNode rendered = result.putArray(newName);
          value.forEach(item -> rendered.add(item.isTextual() ? TextNode.valueOf(renderInline(item.asText())) : item));
        } else if (name.startsWith("x-")) {
          result.set(newName, value.deepCopy());
        } else {
          result.set(newName, transform(value));
        }
      }
      return result;
    }
    if (node.isArray()) {
      ArrayNode result = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> result.add(transform(item)));
      return result;
    }
    return node.deepCopy();
  }

  /**
   * Renders Markdown to javadoc-safe HTML for a main description: the first paragraph is bare text
   * (it holds the summary sentence), the rest keeps its blocks.
   */
  public static String renderBlock(String markdown) {
    String html = javadocSafe(HTML.render(MARKDOWN.parse(markdown)));
    if (html.startsWith("<p>")) {
      int end = html.indexOf("</p>");
      html = html.substring(3, end) + html.substring(end + 4);
    }
    return html.trim();
  }

  /** Renders Markdown to javadoc-safe HTML without paragraphs, for a phrase or a sentence. */
  public static String renderInline(String markdown) {
    String html = javadocSafe(HTML.render(MARKDOWN.parse(markdown)));
    return html.replace("</p> <p>", " ").replace("<p>", "").replace("</p>", "").trim();
  }

  private static String asSentence(String text) {
    return text.isEmpty() || text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
  }

  /**
   * One line (javadoc lines need their leading star, which the generator does not add), attributes in
   * single quotes, void elements without the self-closing slash doclint refuses, and entities for the
   * characters that end a comment, start a tag or are escaped by the generator.
   */
  static String javadocSafe(String html) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < html.length()) {
      int pre = html.indexOf("<pre>", at);
      int segmentEnd = pre < 0 ? html.length() : pre;
      out.append(html.substring(at, segmentEnd).replace('\n', ' ').replaceAll(" {2,}", " "));
      if (pre < 0) {
        break;
      }
      int preEnd = html.indexOf("</pre>", pre);
      preEnd = preEnd < 0 ? html.length() : preEnd + "</pre>".length();
      out.append(html.substring(pre, preEnd).replace("\n", "&#10;"));
      at = preEnd;
    }
    String text = out.toString().replace(" />", ">");
    Matcher attribute = ATTRIBUTE.matcher(text);
    StringBuilder quoted = new StringBuilder();
    while (attribute.find()) {
      attribute.appendReplacement(quoted,
          Matcher.quoteReplacement("='" + attribute.group(1).replace("'", "&#39;") + "'"));
    }
    attribute.appendTail(quoted);
    return quoted.toString()
        .replace("\\", "&#92;")
        .replace("@", "&#64;")
        .replace("{", "&#123;")
        .replace("}", "&#125;")
        .replace("*/", "*&#47;")
        .replace("/*", "&#47;*")
        .replace("\t", " ")
        .replace("\r", "")
        .trim();
  }

  private static void markExceptions(ObjectNode responses, JsonNode responseComponents) {
    List<String> codes = new ArrayList<>();
    responses.fieldNames().forEachRemaining(codes::add);
    for (String code : codes) {
      JsonNode response = responses.get(code);
      if (!response.isObject()) {
        continue;
      }
      String exception = exceptionFor(code);
      if (exception == null) {
        continue;
      }
      ObjectNode marked;
      if (response.has("$ref")) {
        // A $ref may have no siblings: the generator reads a copy with the component inlined.
        String ref = response.get("$ref").asText();
        JsonNode component = responseComponents.path(ref.substring(ref.lastIndexOf('/') + 1));
        if (!component.isObject()) {
          continue;
        }
        marked = (ObjectNode) component.deepCopy();
      } else {
        marked = (ObjectNode) response;
      }
      marked.put("x-apiclients-exception", exception);
      marked.remove("content");
      responses.set(code, marked);
    }
  }

  /** The exception {@code ApiHttpException.forStatus} makes of a status, or null for a success. */
  static String exceptionFor(String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    if (upper.startsWith("2") || upper.startsWith("1")) {
      return null;
    }
    switch (upper) {
      case "400":
        return "ApiHttpException.BadRequestException";
      case "401":
        return "ApiHttpException.UnauthorizedException";
      case "403":
        return "ApiHttpException.ForbiddenException";
      case "404":
        return "ApiHttpException.NotFoundException";
      case "429":
        return "ApiHttpException.RateLimitedException";
      default:
        return upper.startsWith("5") ? "ApiHttpException.ServerErrorException" : "ApiHttpException";
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return node::fields;
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    Iterator<JsonNode> elements = node.isObject() ? node.elements() : Collections.<JsonNode>emptyIterator();
    return () -> elements;
  }
}
