package dev.apiclients.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a spec or generated jar says about the spec it was built from: its {@code info.title}, {@code
 * info.version}, resource name and the SHA-256 of its bytes, as {@code
 * META-INF/apiclients/<artifactId>.properties} (with the jar's own coordinates, which the generated
 * clients' default User-Agent names), as the jar's manifest entries, and as the one page of a spec
 * jar's javadoc jar. <pre>{@code
 * SpecFingerprint fingerprint = SpecFingerprint.of(Paths.get("src/main/resources/openapi/cyclis-integrator-api.yaml"));
 * }</pre>
 */
public final class SpecFingerprint {
  // info.title and info.version are the first two-space-indented title/version lines.
  private static final Pattern TITLE = Pattern.compile("^  title:\\s*['\"]?(.*?)['\"]?\\s*$", Pattern.MULTILINE);
  private static final Pattern VERSION = Pattern.compile("^  version:\\s*['\"]?(.*?)['\"]?\\s*$", Pattern.MULTILINE);

  private final String title;
  private final String version;
  private final String fileName;
  private final String sha256;

  SpecFingerprint(String title, String version, String fileName, String sha256) {
    this.title = title;
    this.version = version;
    this.fileName = fileName;
    this.sha256 = sha256;
  }

  /** Reads the fingerprint of {@code spec}. */
  public static SpecFingerprint of(Path spec) throws IOException {
    byte[] bytes = Files.readAllBytes(spec);
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    return new SpecFingerprint(first(TITLE, text, spec), first(VERSION, text, spec),
        spec.getFileName().toString(), sha256(bytes));
  }

  private static String first(Pattern pattern, String text, Path spec) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalArgumentException(spec + " has no line matching " + pattern.pattern());
    }
    return matcher.group(1);
  }

  private static String sha256(byte[] bytes) {
    try {
      StringBuilder hex = new StringBuilder();
      for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String title() {
    return title;
  }

  public String version() {
    return version;
  }

  public String sha256() {
    return sha256;
  }

  /** The content of {@code META-INF/apiclients/<artifactId>.properties}. */
  public String resource(String artifactId, String artifactVersion) {
    return "# The OpenAPI document this jar was built from (SHA-256 of the file's bytes).\n"
        + "spec.title=" + title + "\n"
        + "spec.version=" + version + "\n"
        + "spec.resource=openapi/" + fileName + "\n"
        + "spec.sha256=" + sha256 + "\n"
        + "artifact.id=" + artifactId + "\n"
        + "artifact.version=" + artifactVersion + "\n";
  }

  /** The one page of a spec jar's javadoc jar (there is no Java to document). */
  public String javadocPage(String artifactId) {
    return "<!DOCTYPE html><title>" + title + " " + version + "</title><p>" + artifactId
        + " holds no Java code: it carries the OpenAPI document openapi/" + fileName + " (" + title + " " + version
        + ", SHA-256 " + sha256 + ").\n";
  }

  /** The properties the jar's manifest entries read ({@code spec.fingerprint.title}, ...), in properties syntax. */
  public String manifestProperties() {
    return "# Read into the build (properties-maven-plugin) for the jar's manifest entries.\n"
        + "spec.fingerprint.title=" + escape(title) + "\n"
        + "spec.fingerprint.version=" + escape(version) + "\n"
        + "spec.fingerprint.sha256=" + sha256 + "\n";
  }

  private static String escape(String value) {
    StringBuilder escaped = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || (c == ' ' && escaped.length() == 0)) {
        escaped.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        escaped.append(String.format("\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Writes the resource into {@code classes}/META-INF/apiclients (only if it changed), and into
   * {@code workDirectory} the javadoc page ({@code spec-javadoc/index.html}) and the manifest
   * properties ({@code spec-fingerprint/manifest.properties}).
   */
  public void write(String artifactId, String artifactVersion, Path classes, Path workDirectory) throws IOException {
    FileTrees.writeIfChanged(classes.resolve("META-INF/apiclients/" + artifactId + ".properties"),
        resource(artifactId, artifactVersion));
    FileTrees.writeIfChanged(workDirectory.resolve("spec-javadoc/index.html"), javadocPage(artifactId));
    FileTrees.writeIfChanged(workDirectory.resolve("spec-fingerprint/manifest.properties"),
        manifestProperties());
  }
}
