package dev.apiclients.contract;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * One of the two APIs under contract: the names that tie its spec, its pact file and its recorded
 * responses together, so that no test spells them twice.
 */
enum ApiUnderTest {
  CYCLIS("cyclis-integrator-api", "cyclis"),
  CYCLR("cyclr-partner-api", "cyclr");

  /** The consumer name in every pact file: both clients ship from this repository. */
  static final String CONSUMER = "apiclients-java";

  private final String provider;
  private final String shortName;

  ApiUnderTest(String provider, String shortName) {
    this.provider = provider;
    this.shortName = shortName;
  }

  /** The Pact provider name, which is also the spec's file name without {@code .yaml}. */
  String provider() {
    return provider;
  }

  /** The folder of the recorded responses, {@code recorded/<shortName>/}. */
  String shortName() {
    return shortName;
  }

  /** The spec, from the {@code *-spec} jar on the test classpath: the artifact the clients were made from. */
  String specUrl() {
    return resource("openapi/" + provider + ".yaml").toString();
  }

  /** The spec read by swagger-parser with its references resolved; fails when it cannot be read. */
  OpenAPI resolvedSpec() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readLocation(specUrl(), null, options);
    OpenAPI spec = result.getOpenAPI();
    if (spec == null) {
      throw new IllegalStateException("cannot read " + specUrl() + ": " + result.getMessages());
    }
    return spec;
  }

  /** The pact file the consumer test writes: {@code <pact.rootDir>/apiclients-java-<provider>.json}. */
  Path pactFile() {
    return pactDir().resolve(CONSUMER + "-" + provider + ".json");
  }

  /** Where Pact writes: the {@code pact.rootDir} system property that surefire and failsafe both set. */
  static Path pactDir() {
    String dir = System.getProperty("pact.rootDir");
    if (dir == null) {
      throw new IllegalStateException("pact.rootDir is not set: run the tests through Maven (surefire/failsafe set it)");
    }
    return Paths.get(dir);
  }

  static URL resource(String name) {
    URL url = ApiUnderTest.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("not on the test classpath: " + name);
    }
    return url;
  }

  static Path resourceDir(String name) {
    try {
      return Paths.get(resource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
