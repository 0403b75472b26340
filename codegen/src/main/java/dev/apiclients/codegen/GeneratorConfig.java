package dev.apiclients.codegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generator's configuration file ({@code configurationFile}): everything openapi-generator is told
 * besides where to read and write, so that it is written and tested once, and hashed with the other
 * inputs. It is the templates' own {@code generator-files.yaml} (the per-tag services) plus
 *
 * <ul>
 *   <li>the supporting files whose folder or name depends on the client: {@code SecretFields} in the
 *       invoker package, and the per-tag accessors ({@code {Client}Calls}, {@code {Client}Services},
 *       {@code {Client}Operations}, {@code {Client}ClientAsync}), so that a tag added to the spec needs
 *       no hand-written code;
 *   <li>the packages, the type mappings, the import mappings that keep the java generator's gson imports
 *       out of our Moshi sources, and the generator options.
 * </ul>
 *
 * <pre>{@code
 * String yaml = GeneratorConfig.of(templates, "Cyclis", "dev.apiclients.cyclis");
 * }</pre>
 */
public final class GeneratorConfig {
  /**
   * Types written in full, so that no generated file imports them and none imports them unused: the
   * generator leaves List and Map out of an API file's imports (its own templates import them
   * unconditionally), and a date query parameter's type would be imported by the async service, where
   * only the sync service's params class uses it. A template cannot tell whether its file uses a type.
   */
  static final Map<String, String> TYPE_MAPPINGS = ordered(
      "string+local-date-time", "LocalDateTime",
      "array", "java.util.List",
      "map", "java.util.Map",
      "date", "java.time.LocalDate");

  /**
   * The java generator adds imports for gson (and IOException for gson's enum adapters) on its own; our
   * Moshi templates need none of them. A mapping to a name the generator never imports ({@code String})
   * drops an import. {@code SerializedName} is the exception: the generator adds it to enum models
   * unfiltered, so it goes to {@code java.util.Objects}, which every model uses (and model.mustache does
   * not import a second time). The last three are instantiation types the templates spell out in full
   * ({@code new java.util.ArrayList<>()}).
   */
  static final Map<String, String> IMPORT_MAPPINGS = ordered(
      "LocalDateTime", "java.time.LocalDateTime",
      "SerializedName", "java.util.Objects",
      "TypeAdapter", "String",
      "JsonAdapter", "String",
      "JsonReader", "String",
      "JsonWriter", "String",
      "IOException", "String",
      "ArrayList", "String",
      "Arrays", "String",
      "HashMap", "String");

  /**
   * The java generator's options. {@code containerDefaultToNull}: otherwise PATCH bodies would send
   * {@code {}} / {@code []} for maps and lists the caller never set.
   */
  static final Map<String, String> OPTIONS = ordered(
      "sourceFolder", "src/main/java",
      "dateLibrary", "java8",
      "openApiNullable", "false",
      "hideGenerationTimestamp", "true",
      "containerDefaultToNull", "true",
      "annotationLibrary", "none",
      "useJakartaEe", "false");

  private GeneratorConfig() {}

  /** The configuration for client {@code clientName} in {@code clientPackage}. */
  public static String of(Path templates, String clientName, String clientPackage) throws IOException {
    if (clientName.trim().isEmpty()) {
      throw new IllegalArgumentException("A generated client module sets client.name (Cyclis, Cyclr, ...): it names"
          + " the generated {Client}Calls, {Client}Operations and {Client}ClientAsync classes");
    }
    if (!clientPackage.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
      throw new IllegalArgumentException("client.package is not a Java package name: '" + clientPackage + "'");
    }
    String folder = "src/main/java/" + clientPackage.replace('.', '/');
    StringBuilder yaml = new StringBuilder(FileTrees.read(templates.resolve(Templates.MARKER)));
    supportingFile(yaml, "SecretFields", folder + "/internal", "SecretFields.java");
    supportingFile(yaml, "ClientCalls", folder, clientName + "Calls.java");
    supportingFile(yaml, "ClientServices", folder, clientName + "Services.java");
    supportingFile(yaml, "ClientOperations", folder, clientName + "Operations.java");
    supportingFile(yaml, "ClientAsync", folder, clientName + "ClientAsync.java");
    yaml.append("apiPackage: ").append(clientPackage).append(".api\n");
    yaml.append("modelPackage: ").append(clientPackage).append(".model\n");
    yaml.append("invokerPackage: ").append(clientPackage).append(".internal\n");
    map(yaml, "typeMappings", TYPE_MAPPINGS);
    map(yaml, "importMappings", IMPORT_MAPPINGS);
    // Read by the Client*.mustache supporting files, then the generator's options.
    Map<String, String> properties = ordered("clientName", clientName, "clientPackage", clientPackage);
    properties.putAll(OPTIONS);
    map(yaml, "additionalProperties", properties);
    return yaml.toString();
  }

  private static void supportingFile(StringBuilder yaml, String template, String folder, String file) {
    yaml.append("  ").append(template).append(".mustache:\n")
        .append("    templateType: SupportingFiles\n")
        .append("    folder: ").append(folder).append('\n')
        .append("    destinationFilename: ").append(file).append('\n');
  }

  /** A YAML map of strings, each value double-quoted (so that "false" stays a string). */
  private static void map(StringBuilder yaml, String name, Map<String, String> entries) {
    yaml.append(name).append(":\n");
    entries.forEach((key, value) -> yaml.append("  \"").append(key).append("\": \"").append(value).append("\"\n"));
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
