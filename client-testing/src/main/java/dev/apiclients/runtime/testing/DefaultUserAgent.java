package dev.apiclients.runtime.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The User-Agent a client sends by default, as a pattern built from the spec file itself (its
 * {@code info.title} and {@code info.version}) rather than from the code under test.
 */
public final class DefaultUserAgent {
  private DefaultUserAgent() {
  }

  /**
   * Returns the pattern of {@code <artifactId>/<version> (<title> <spec version>) okhttp/3.14.9
   * java/<running Java>}, with the spec's title and version read from {@code specYaml}.
   */
  public static String pattern(String artifactId, Path specYaml) throws IOException {
    String yaml = new String(Files.readAllBytes(specYaml), StandardCharsets.UTF_8);
    return Pattern.quote(artifactId) + "/[0-9][^ ]* \\(" + Pattern.quote(infoField(yaml, "title") + " "
        + infoField(yaml, "version")) + "\\) okhttp/3\\.14\\.9 java/" + Pattern.quote(System.getProperty("java.version"));
  }

  private static String infoField(String yaml, String name) {
    Matcher field = Pattern.compile("(?m)^  " + name + ": ['\"]?([^'\"\\n]+?)['\"]?\\s*$").matcher(yaml);
    if (!field.find()) {
      throw new IllegalArgumentException("no info." + name + " in the spec");
    }
    return field.group(1);
  }
}
