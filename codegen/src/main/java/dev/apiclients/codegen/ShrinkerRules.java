package dev.apiclients.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The consumer shrinker rules of a generated jar (R8 reads {@code META-INF/proguard/*.pro}), one
 * rule per generated model and open enum, read from the generated sources, so a new schema gets its
 * rule with no edit anywhere. Moshi builds a model by its no-argument constructor and fills its
 * {@code @Json} fields by reflection; the class names stay so that decode errors name the model.
 * Every open enum's {@code of(String)}, nested ones included, is kept by {@code client-runtime.pro}
 * (one rule on {@code OpenEnum}'s subclasses). Nothing else is kept: the API interfaces are
 * Retrofit's rules' business, the entry points the app's code. <pre>{@code
 * String rules = ShrinkerRules.of("cyclis-generated", Paths.get("target/generated-sources/openapi/src/main/java"));
 * }</pre>
 */
public final class ShrinkerRules {
  /** A top-level open enum; a model may nest an open enum of its own, which does not make it one. */
  private static final Pattern OPEN_ENUM =
      Pattern.compile("^public final class \\w+ extends dev\\.apiclients\\.runtime\\.OpenEnum\\b", Pattern.MULTILINE);

  private ShrinkerRules() {}

  /** The rules file of {@code artifactId} for the models under {@code sources} ({@code **}{@code /model/*.java}). */
  public static String of(String artifactId, Path sources) throws IOException {
    List<String> models = new ArrayList<>();
    List<String> enums = new ArrayList<>();
    // Sorted by absolute path, as the rules have always been.
    List<Path> files = new ArrayList<>();
    for (Path file : FileTrees.files(sources)) {
      Path parent = file.getParent();
      if (file.getFileName().toString().endsWith(".java") && parent != null
          && parent.getFileName().toString().equals("model")) {
        files.add(file.toAbsolutePath());
      }
    }
    files.sort((a, b) -> a.toString().compareTo(b.toString()));
    for (Path file : files) {
      String relative = sources.toAbsolutePath().relativize(file).toString();
      String className = relative.substring(0, relative.length() - ".java".length()).replace(file.getFileSystem().getSeparator(), ".");
      if (OPEN_ENUM.matcher(FileTrees.read(file)).find()) {
        enums.add("-keep class " + className);
      } else {
        models.add("-keep class " + className + " { <init>(); @com.squareup.moshi.Json <fields>; }");
      }
    }
    if (models.isEmpty() && enums.isEmpty()) {
      throw new IllegalStateException("No generated models under " + sources + ": no shrinker rules to write");
    }
    return "# Shrinker rules for " + artifactId + ", generated from its models (see the parent POM,\n"
        + "# client-shrinker-rules). client-runtime.pro, in client-runtime's jar, holds the shared ones.\n"
        + "# Models.\n" + String.join("\n", models) + "\n"
        + "# Open enums.\n" + String.join("\n", enums) + "\n";
  }

  /** Writes the rules to {@code classes}/META-INF/proguard/{@code artifactId}.pro, if they changed. */
  public static void write(String artifactId, Path sources, Path classes) throws IOException {
    FileTrees.writeIfChanged(classes.resolve("META-INF/proguard/" + artifactId + ".pro"), of(artifactId, sources));
  }
}
