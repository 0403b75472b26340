package dev.apiclients.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every spec and generated jar names the spec it was built from: META-INF/apiclients/<artifactId>.properties
 * holds the spec's title, info.version, resource name and the SHA-256 of its bytes, and they match the
 * YAML that the spec jar carries.
 */
class SpecFingerprintTest {
  private static final Pattern INFO = Pattern.compile("(?m)^info:\\n(?:(?:  .*)?\\n)*?  version: ['\"]?([^'\"\\n]+)");
  private static final Pattern TITLE = Pattern.compile("(?m)^info:\\n(?:(?:  .*)?\\n)*?  title: ['\"]?([^'\"\\n]+)");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "cyclis-spec, openapi/cyclis-integrator-api.yaml",
      "cyclis-generated, openapi/cyclis-integrator-api.yaml",
      "cyclr-spec, openapi/cyclr-partner-api.yaml",
      "cyclr-generated, openapi/cyclr-partner-api.yaml"})
  void jarNamesTheSpecItWasBuiltFrom(String artifactId, String specResource) throws Exception {
    Properties fingerprint = new Properties();
    try (InputStream in = resource("META-INF/apiclients/" + artifactId + ".properties")) {
      fingerprint.load(in);
    }
    byte[] spec;
    try (InputStream in = resource(specResource)) {
      spec = in.readAllBytes();
    }
    String yaml = new String(spec, java.nio.charset.StandardCharsets.UTF_8);

    assertEquals(specResource, fingerprint.getProperty("spec.resource"));
    assertEquals(sha256(spec), fingerprint.getProperty("spec.sha256"));
    assertEquals(first(INFO, yaml), fingerprint.getProperty("spec.version"));
    assertEquals(first(TITLE, yaml), fingerprint.getProperty("spec.title"));
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SpecFingerprintTest.class.getClassLoader().getResourceAsStream(name);
    assertNotNull(in, name + " is not on the classpath");
    return in;
  }

  private static String first(Pattern pattern, String yaml) {
    Matcher m = pattern.matcher(yaml);
    if (!m.find()) {
      throw new AssertionError("no match for " + pattern + " in the spec");
    }
    return m.group(1).trim();
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
