package dev.apiclients.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the single-type imports of Java sources whose simple name the file never uses, as an IDE or
 * checkstyle's UnusedImports would (a name used in a javadoc reference counts; a name written in full, {@code java.util.List}, does not). javac has no such
 * warning, and the generator's templates cannot see whether their file uses a type.
 */
public final class UnusedImports {
  private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?[\\w.]+\\.(\\w+)\\s*;\\s*$");
  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*[\\s\\S]*?\\*/");
  // Inside comments only these refer to a type: {@link X}, {@linkplain X}, @throws X, @see X.
  private static final Pattern JAVADOC_REFERENCE = Pattern.compile("\\{@link(?:plain)?\\s+([\\w.]+)|@(?:throws|see)\\s+([\\w.]+)");

  private UnusedImports() {}

  /**
   * Returns one line per unused import, {@code api/OrdersApi.java: okhttp3.ResponseBody}, for the
   * {@code .java} files under {@code root}; empty when there is none.
   */
  public static List<String> under(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<String> unused = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
        for (String name : in(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))) {
          unused.add(root.relativize(file).toString().replace('\\', '/') + ": " + name);
        }
      }
      return unused;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the imported names (as written) that {@code source} never uses. */
  public static List<String> in(String source) {
    StringBuilder code = new StringBuilder();
    String withoutImports = COMMENT.matcher(IMPORT.matcher(source).replaceAll("")).replaceAll("");
    code.append(withoutImports);
    Matcher reference = JAVADOC_REFERENCE.matcher(source);
    while (reference.find()) {
      code.append(' ').append(reference.group(1) != null ? reference.group(1) : reference.group(2));
    }
    List<String> unused = new ArrayList<>();
    Matcher imported = IMPORT.matcher(source);
    while (imported.find()) {
      if (!Pattern.compile("(?<![\\w.$])" + Pattern.quote(imported.group(1)) + "\\b").matcher(code).find()) {
        unused.add(imported.group().replaceFirst("^import\\s+", "").replace(";", "").trim());
      }
    }
    return unused;
  }
}
