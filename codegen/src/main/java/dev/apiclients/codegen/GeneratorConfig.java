package dev.apiclients.codegen;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The generator's configuration file ({@code configurationFile}): the templates' own {@code
 * generator-files.yaml} (the per-tag services) plus the supporting files whose folder or name
 * depends on the client: {@code SecretFields} in the invoker package, and the per-tag accessors
 * ({@code {Client}Calls}, {@code {Client}Services}, {@code {Client}Operations}, {@code
 * {Client}ClientAsync}), so that a tag added to the spec needs no hand-written code.
 * <pre>{@code
 * String yaml = GeneratorConfig.of(templates, "Cyclis", "dev.apiclients.cyclis");
 * }</pre>
 */
public final class GeneratorConfig {
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
    return yaml.toString();
  }

  private static void supportingFile(StringBuilder yaml, String template, String folder, String file) {
    yaml.append("  ").append(template).append(".mustache:\n")
        .append("    templateType: SupportingFiles\n")
        .append("    folder: ").append(folder).append('\n')
        .append("    destinationFilename: ").append(file).append('\n');
  }
}
