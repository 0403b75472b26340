package dev.apiclients.runtime.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles one Java source, held in memory, with the JDK's compiler: for tests that prove what a
 * user's code can and cannot say against our jars (javadoc examples compile, swapped arguments do not).
 */
public final class Javac {
  private Javac() {
  }

  /**
   * Compiles {@code source}, the file of {@code className}, into {@code out} with {@code options}
   * and returns every message javac gave, as {@code "error: ..."}, {@code "warning: ..."} or
   * {@code "note: ..."} in English; an empty list when it compiled without a word.
   */
  public static List<String> messages(String className, String source, Path out, List<String> options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file = new SimpleJavaFileObject(
        URI.create("string:///" + className.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> allOptions = new ArrayList<>(options);
    allOptions.add("-d");
    allOptions.add(out.toString());
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    javac.getTask(null, null, diagnostics, allOptions, null, Collections.singletonList(file)).call();
    return diagnostics.getDiagnostics().stream()
        .map(d -> kind(d.getKind()) + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }

  private static String kind(javax.tools.Diagnostic.Kind kind) {
    switch (kind) {
      case ERROR:
        return "error";
      case WARNING:
      case MANDATORY_WARNING:
        return "warning";
      default:
        return "note";
    }
  }
}
