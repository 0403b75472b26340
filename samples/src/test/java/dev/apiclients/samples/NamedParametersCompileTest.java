package dev.apiclients.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.runtime.ApiException;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrofit2.Retrofit;

/**
 * The mistakes the stock generator's positional signatures let through do not compile against the
 * services: each case is compiled with javac, against the same jars a user has, the way a user
 * would write it.
 */
class NamedParametersCompileTest {
  private static final String PROLOGUE = "import dev.apiclients.cyclis.CyclisClient;\n"
      + "import dev.apiclients.cyclis.api.OrdersApiService.ListOrdersParams;\n"
      + "import java.time.LocalDate;\n"
      + "import java.util.UUID;\n"
      + "class UserCode {\n"
      + "  Object run(CyclisClient cyclis, UUID companyId, UUID cyclistId) throws Exception {\n";
  private static final String EPILOGUE = "\n  }\n}\n";

  @TempDir
  Path dir;

  @Test
  void swappedPositionalIdsDoNotCompile() throws Exception {
    List<String> errors = compile("return cyclis.orders().listOrders(cyclistId, companyId, \"yesterday\");");

    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("no suitable method found for listOrders(java.util.UUID,java.util.UUID,"
        + "java.lang.String)"), errors.get(0));
  }

  @Test
  void aDateAsFreeTextDoesNotCompile() throws Exception {
    List<String> errors = compile(
        "return cyclis.orders().listOrders(ListOrdersParams.builder().updatedSince(\"yesterday\").build());");

    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("no suitable method found for updatedSince(java.lang.String)"), errors.get(0));
  }

  @Test
  void everyArgumentNamedAtTheCallSiteCompiles() throws Exception {
    List<String> errors = compile("return cyclis.orders().listOrders(ListOrdersParams.builder()\n"
        + "    .companyId(companyId).cyclistId(cyclistId).updatedSince(LocalDate.of(2021, 12, 30)).build());");

    assertEquals(new ArrayList<String>(), errors);
  }

  /** Compiles {@code body} as a method of a user's class and returns javac's error messages. */
  private List<String> compile(String body) throws IOException, URISyntaxException {
    Path source = dir.resolve("UserCode.java");
    Files.write(source, (PROLOGUE + body + EPILOGUE).getBytes("UTF-8"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = Arrays.asList("--release", "8", "-classpath", userClasspath(), "-d", dir.toString());
      javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source.toFile())).call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }

  /** The jars a user of cyclis-generated compiles against: the client, its runtime and their libraries. */
  private static String userClasspath() throws URISyntaxException {
    List<String> jars = new ArrayList<>();
    for (Class<?> type : Arrays.asList(CyclisClient.class, ApiException.class, Retrofit.class, OkHttpClient.class,
        Moshi.class, Buffer.class)) {
      jars.add(Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(File.pathSeparator, jars);
  }
}
