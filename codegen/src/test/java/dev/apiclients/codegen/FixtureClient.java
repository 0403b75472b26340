package dev.apiclients.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * The client the templates generate from {@code src/test/resources/fixture.yaml}, generated once per
 * test run into {@code target/fixture-client} the way {@code generated-parent} has the plugin do it:
 * {@link Codegen}'s prepare step, then the generator with its configuration file.
 */
final class FixtureClient {
  static final Path ROOT = Paths.get("target/fixture-client");
  static final Path INPUT = ROOT.resolve("generator-input");
  static final Path OUTPUT = ROOT.resolve("generated");
  static final Path SOURCES = OUTPUT.resolve("src/main/java");
  private static boolean generated;

  private FixtureClient() {}

  /** Generates the fixture client, once; returns its sources folder. */
  static synchronized Path sources() {
    if (!generated) {
      try {
        generate();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      generated = true;
    }
    return SOURCES;
  }

  private static void generate() throws IOException {
    FileTrees.delete(ROOT);
    Codegen.prepare(Codegen.Options.parse(new String[] {"prepare", "--spec=src/test/resources/fixture.yaml",
        "--input=" + INPUT, "--output=" + OUTPUT, "--client-name=Fixture", "--client-package=dev.fixture",
        "--strip-path-prefix=/api/partner", "--generator-version=test"}));
    // As generated-parent's generate-client execution sets them (the rest is the configuration file).
    CodegenConfigurator configurator = CodegenConfigurator.fromFile(INPUT.resolve("generator-config.yaml").toString());
    configurator.setInputSpec(INPUT.resolve("spec.yaml").toString());
    configurator.setOutputDir(OUTPUT.toString());
    configurator.setGeneratorName("java");
    configurator.setLibrary("retrofit2");
    configurator.setTemplateDir(INPUT.resolve("templates").toString());
    configurator.setIgnoreFileOverride(INPUT.resolve(GeneratorInput.IGNORE_FILE).toString());
    configurator.setValidateSpec(true);
    GlobalSettings.setProperty("models", "");
    GlobalSettings.setProperty("apis", "");
    GlobalSettings.setProperty("apiTests", "false");
    GlobalSettings.setProperty("modelTests", "false");
    GlobalSettings.setProperty("apiDocs", "false");
    GlobalSettings.setProperty("modelDocs", "false");
    GlobalSettings.setProperty("supportingFiles", "CollectionFormats.java,StringUtil.java,SecretFields.java,"
        + "FixtureCalls.java,FixtureServices.java,FixtureOperations.java,FixtureClientAsync.java");
    try {
      new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
    } finally {
      GlobalSettings.reset();
    }
  }
}
