package dev.apiclients.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build steps around openapi-generator, as one command line the module POMs run with
 * exec-maven-plugin ({@code exec:java}): <pre>{@code
 * prepare          --spec=S --input=DIR --output=DIR --client-name=N --client-package=P
 *                  --strip-path-prefix=X --generator-version=V [--hash=FILE ...]
 * shrinker-rules   --artifact-id=A --sources=DIR --classes=DIR
 * spec-fingerprint --spec=S --artifact-id=A --artifact-version=V --classes=DIR --work=DIR
 * }</pre>
 *
 * <p>{@code prepare} writes, into {@code --input}, what the generator reads: the spec's copy ({@link
 * GeneratorInput}), its ignore file, the templates ({@link Templates}) and the configuration file
 * ({@link GeneratorConfig}); then it hashes all of it with the client settings and the {@code --hash}
 * files (the POMs that configure the generator) and keeps or deletes the generator's {@code --output}
 * ({@link GeneratedSources}).
 */
public final class Codegen {
  private Codegen() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: Codegen prepare|shrinker-rules|spec-fingerprint --name=value ...");
    }
    Options options = Options.parse(args);
    switch (args[0]) {
      case "prepare":
        System.out.println(prepare(options));
        break;
      case "shrinker-rules":
        ShrinkerRules.write(options.get("artifact-id"), options.path("sources"), options.path("classes"));
        break;
      case "spec-fingerprint":
        SpecFingerprint.of(options.path("spec")).write(options.get("artifact-id"), options.get("artifact-version"),
            options.path("classes"), options.path("work"));
        break;
      default:
        throw new IllegalArgumentException("Unknown step '" + args[0] + "': prepare, shrinker-rules or spec-fingerprint");
    }
  }

  /** Runs the {@code prepare} step; returns the line the build log shows. */
  static String prepare(Options options) throws IOException {
    Path input = options.path("input");
    Path output = options.path("output");
    Path spec = input.resolve("spec.yaml");
    Path templates = input.resolve("templates");
    Path config = input.resolve("generator-config.yaml");
    GeneratorInput.write(options.path("spec"), spec, options.get("strip-path-prefix"));
    Templates.copyTo(templates);
    String clientName = options.get("client-name");
    String clientPackage = options.get("client-package");
    Files.write(config, GeneratorConfig.of(templates, clientName, clientPackage).getBytes(StandardCharsets.UTF_8));

    InputsHash hash = new InputsHash()
        .file("spec", spec)
        .file("ignore", input.resolve(GeneratorInput.IGNORE_FILE))
        .file("configuration", config)
        .folder("templates", templates)
        .string("openapi-generator", options.get("generator-version"))
        .string("client.name", clientName)
        .string("client.package", clientPackage);
    for (String file : options.all("hash")) {
      hash.file("pom", Paths.get(file));
    }
    return new GeneratedSources(output).keepOrDelete(hash.hex())
        ? "Generator inputs (spec, templates, configuration) unchanged: the generator skips"
        : "Generator inputs (spec, templates, configuration) changed: deleting " + output + " to regenerate";
  }

  /** The {@code --name=value} options after the step's name; a name may repeat. */
  static final class Options {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        int equals = arg.indexOf('=');
        if (!arg.startsWith("--") || equals < 0) {
          throw new IllegalArgumentException("Expected --name=value, got '" + arg + "'");
        }
        options.values.computeIfAbsent(arg.substring(2, equals), name -> new ArrayList<>()).add(arg.substring(equals + 1));
      }
      return options;
    }

    String get(String name) {
      List<String> all = all(name);
      if (all.size() != 1) {
        throw new IllegalArgumentException("Expected one --" + name + "=..., got " + all.size());
      }
      return all.get(0);
    }

    Path path(String name) {
      return Paths.get(get(name));
    }

    List<String> all(String name) {
      return values.getOrDefault(name, new ArrayList<>());
    }
  }
}
