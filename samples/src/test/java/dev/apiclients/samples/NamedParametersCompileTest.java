package dev.apiclients.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.testing.Javac;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    List<String> messages = compile("return cyclis.orders().listOrders(cyclistId, companyId, \"yesterday\");");

    assertEquals(1, messages.size(), messages.toString());
    assertTrue(messages.get(0).startsWith("error: no suitable method found for listOrders(java.util.UUID,java.util.UUID,"
        + "java.lang.String)"), messages.get(0));
  }

  @Test
  void aDateAsFreeTextDoesNotCompile() throws Exception {
    List<String> messages = compile(
        "return cyclis.orders().listOrders(ListOrdersParams.builder().updatedSince(\"yesterday\").build());");

    assertEquals(1, messages.size(), messages.toString());
    assertTrue(messages.get(0).startsWith("error: no suitable method found for updatedSince(java.lang.String)"), messages.get(0));
  }

  @Test
  void everyArgumentNamedAtTheCallSiteCompiles() throws Exception {
    List<String> messages = compile("return cyclis.orders().listOrders(ListOrdersParams.builder()\n"
        + "    .companyId(companyId).cyclistId(cyclistId).updatedSince(LocalDate.of(2021, 12, 30)).build());");

    assertEquals(new ArrayList<String>(), messages);
  }

  /** Compiles {@code body} as a method of a user's class and returns javac's messages. */
  private List<String> compile(String body) throws URISyntaxException {
    // -Xlint:-options: newer JDKs warn that release 8 is old, which is not what these tests are about.
    return Javac.messages("UserCode", PROLOGUE + body + EPILOGUE, dir,
        Arrays.asList("--release", "8", "-Xlint:-options", "-classpath", userClasspath()));
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
