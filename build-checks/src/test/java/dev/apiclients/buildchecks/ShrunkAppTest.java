package dev.apiclients.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonReader;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;

/**
 * The consumer shrinker rules the jars ship are enough: a small app ({@code src/shrunk-app}) and every
 * jar of its runtime classpath are shrunk and obfuscated by ProGuard with the app's own entry point
 * and, for everything else, only the rules found under {@code META-INF/proguard} in those jars (ours,
 * Retrofit's, OkHttp's, Moshi's), as an Android build does with R8. The shrunk app then decodes a
 * recorded {@code getOrder} answer, sends an {@code updateOrderStatus} PATCH and meets an answer that
 * lacks a required field (Cyclis), and gets an OAuth token and decodes a recorded {@code listAccounts}
 * answer, then installs a connector through an account view, whose X-Cyclr-Account depends on the
 * {@code @ScopedOperation} mark surviving (Cyclr), against a JDK HttpServer on loopback: both clients'
 * shipped rules are exercised.
 */
class ShrunkAppTest {
  private static final Path WORK = Path.of("target/shrunk-app");
  private static final Path RECORDED = Path.of(System.getProperty("reactor.root"),
      "contract-tests/src/test/resources/recorded/cyclis/getOrder_200.json");
  private static final Path UPDATED = Path.of(System.getProperty("reactor.root"),
      "contract-tests/src/test/resources/recorded/cyclis/updateOrderStatus_200.json");
  private static final Path TOKEN = Path.of(System.getProperty("reactor.root"),
      "contract-tests/src/test/resources/recorded/cyclr/createAccessToken_200.json");
  private static final Path ACCOUNTS = Path.of(System.getProperty("reactor.root"),
      "contract-tests/src/test/resources/recorded/cyclr/listAccounts_200.json");
  private static final String ORDER_ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08";

  @Test
  void shrunkAppDecodesSendsAndChecksWithOnlyTheShippedRules() throws Exception {
    List<Path> classpath = clientClasspath();
    Path appClasses = compileApp(classpath);
    List<Path> rules = shippedRules(classpath);
    Path shrunk = shrink(appClasses, classpath, rules);

    String answer = body(RECORDED);
    List<String> requests = new CopyOnWriteArrayList<>();
    List<String> patchBodies = new CopyOnWriteArrayList<>();
    AtomicInteger gets = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String reply;
      if (path.equals("/oauth/token")) {
        requests.add(exchange.getRequestMethod() + " " + path + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        reply = body(TOKEN);
      } else if (path.startsWith("/api/partner/")) {
        requests.add(exchange.getRequestMethod() + " " + path + " Authorization="
            + exchange.getRequestHeaders().getFirst("Authorization")
            + " X-Cyclr-Account=" + exchange.getRequestHeaders().getFirst("X-Cyclr-Account"));
        reply = path.endsWith("/installconnector") ? "" : body(ACCOUNTS);
      } else if (exchange.getRequestMethod().equals("PATCH")) {
        requests.add("PATCH " + path + " API-TOKEN=" + exchange.getRequestHeaders().getFirst("API-TOKEN"));
        patchBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        reply = body(UPDATED);
      } else {
        requests.add(exchange.getRequestMethod() + " " + path + " API-TOKEN="
            + exchange.getRequestHeaders().getFirst("API-TOKEN"));
        reply = gets.getAndIncrement() == 0 ? answer : "{}";
      }
      byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    List<String> output;
    try {
      String root = "http://127.0.0.1:" + server.getAddress().getPort();
      output = run(shrunk, root + "/", ORDER_ID, root + "/api/partner/", root + "/oauth/token");
    } finally {
      server.stop(0);
    }

    Map<?, ?> attributes = (Map<?, ?>) ((Map<?, ?>) json(answer).get("data")).get("attributes");
    Map<?, ?> updated = (Map<?, ?>) ((Map<?, ?>) json(body(UPDATED)).get("data")).get("attributes");
    List<?> accounts = (List<?>) jsonValue(body(ACCOUNTS));
    Map<?, ?> account = (Map<?, ?>) accounts.get(0);
    String accessToken = (String) json(body(TOKEN)).get("access_token");
    assertEquals(List.of(
        "name=" + attributes.get("name"),
        "state=" + attributes.get("state") + " known=true",
        "lease_cost=" + attributes.get("lease_cost"),
        "start_lease_date=" + attributes.get("start_lease_date"),
        "cyclist=" + ORDER_ID,
        "updated_state=" + updated.get("state"),
        "missing_required=Could not decode OrderDocument: required field 'data' is missing",
        "cyclr_accounts=" + accounts.size(),
        // LastBillDate is a LocalDateTime: printed as the recorded text, which has whole seconds.
        "cyclr_account=" + account.get("Id") + " name=" + account.get("Name")
            + " price_plan=" + ((Number) account.get("PricePlanId")).intValue() + " last_bill=" + account.get("LastBillDate"),
        "cyclr_installed=yes"),
        output);
    assertEquals(List.of(
        "GET /orders/" + ORDER_ID + " API-TOKEN=shrunk-app-token",
        "PATCH /orders/" + ORDER_ID + " API-TOKEN=shrunk-app-token",
        "GET /orders/" + ORDER_ID + " API-TOKEN=shrunk-app-token",
        "POST /oauth/token grant_type=client_credentials&client_id=shrunk-app-id&client_secret=shrunk-app-secret",
        "GET /api/partner/accounts Authorization=Bearer " + accessToken + " X-Cyclr-Account=null",
        "POST /api/partner/installconnector Authorization=Bearer " + accessToken + " X-Cyclr-Account=" + account.get("Id")),
        requests);
    assertEquals(json("{\"data\":{\"id\":\"" + ORDER_ID + "\",\"type\":\"order\",\"attributes\":"
        + "{\"status\":\"cyclist_confirm\"}}}"), json(patchBodies.get(0)));

    // It was really shrunk: the callback parser, which the app never calls, is gone; our model names stay.
    try (JarFile jar = new JarFile(shrunk.toFile())) {
      assertTrue(jar.getEntry("dev/apiclients/cyclis/model/OrderDocument.class") != null, "OrderDocument was renamed or removed");
      assertTrue(jar.getEntry("dev/apiclients/cyclr/model/Account.class") != null, "Account was renamed or removed");
      assertFalse(jar.getEntry("dev/apiclients/cyclis/CyclisCallbacks.class") != null, "CyclisCallbacks survived shrinking");
    }
  }

  /** The runtime classpath of the two clients (build-checks' dependency:build-classpath output). */
  private static List<Path> clientClasspath() throws IOException {
    String text = Files.readString(Path.of(System.getProperty("client.classpath.file"))).trim();
    return Stream.of(text.split(File.pathSeparator)).map(Path::of).collect(Collectors.toList());
  }

  private static Path compileApp(List<Path> classpath) throws IOException {
    Path classes = WORK.resolve("app-classes");
    Files.createDirectories(classes);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status = compiler.run(null, null, null, "--release", "8", "-Xlint:-options", "-d", classes.toString(),
        "-cp", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
        "src/shrunk-app/java/com/example/shrunk/ShrunkApp.java");
    assertEquals(0, status, "the app does not compile against the clients");
    return classes;
  }

  /** Every META-INF/proguard/*.pro of the classpath, copied out so ProGuard can -include it. */
  private static List<Path> shippedRules(List<Path> classpath) throws IOException {
    Path directory = WORK.resolve("shipped-rules");
    Files.createDirectories(directory);
    List<Path> rules = new ArrayList<>();
    for (Path entry : classpath) {
      if (Files.isDirectory(entry)) {
        Path proguard = entry.resolve("META-INF/proguard");
        if (Files.isDirectory(proguard)) {
          try (Stream<Path> files = Files.list(proguard)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".pro")).sorted()::iterator) {
              rules.add(Files.copy(file, directory.resolve(file.getFileName()),
                  java.nio.file.StandardCopyOption.REPLACE_EXISTING));
            }
          }
        }
        continue;
      }
      try (JarFile jar = new JarFile(entry.toFile())) {
        for (JarEntry file : Collections.list(jar.entries())) {
          if (file.getName().startsWith("META-INF/proguard/") && file.getName().endsWith(".pro")) {
            Path copy = directory.resolve(Path.of(file.getName()).getFileName());
            try (InputStream in = jar.getInputStream(file)) {
              Files.write(copy, in.readAllBytes());
            }
            rules.add(copy);
          }
        }
      }
    }
    List<String> names = rules.stream().map(rule -> rule.getFileName().toString()).sorted().collect(Collectors.toList());
    assertTrue(names.containsAll(List.of("client-runtime.pro", "cyclis-generated.pro", "cyclr-generated.pro")),
        "our jars do not ship their rules: found " + names);
    return rules;
  }

  private static Path shrink(Path appClasses, List<Path> classpath, List<Path> rules) throws Exception {
    Path out = WORK.resolve("shrunk-app.jar");
    Files.deleteIfExists(out);
    Path jmods = Path.of(System.getProperty("java.home"), "jmods");
    StringBuilder config = new StringBuilder();
    config.append("-injars '").append(appClasses.toAbsolutePath()).append("'\n");
    for (Path entry : classpath) {
      config.append("-injars '").append(entry.toAbsolutePath()).append("'(!META-INF/**,!module-info.class)\n");
    }
    config.append("-outjars '").append(out.toAbsolutePath()).append("'\n");
    for (String module : List.of("java.base", "java.logging")) {
      config.append("-libraryjars '").append(jmods.resolve(module + ".jmod")).append("'(!**.jar;!module-info.class)\n");
    }
    // The app's own configuration: its entry point, and silence about the Android and optional
    // classes the libraries look for at run time (an Android build finds them in android.jar).
    config.append("-keep public class com.example.shrunk.ShrunkApp { public static void main(java.lang.String[]); }\n");
    config.append("-dontwarn android.**,dalvik.**,org.conscrypt.**,org.bouncycastle.**,org.openjsse.**\n");
    for (Path rule : rules) {
      config.append("-include '").append(rule.toAbsolutePath()).append("'\n");
    }
    Path configFile = WORK.resolve("proguard.pro");
    Files.writeString(configFile, config);

    Configuration configuration = new Configuration();
    try (ConfigurationParser parser = new ConfigurationParser(configFile.toFile(), System.getProperties())) {
      parser.parse(configuration);
    }
    new ProGuard(configuration).execute();
    assertTrue(Files.isRegularFile(out), "ProGuard wrote no " + out);
    return out;
  }

  private static List<String> run(Path jar, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", jar.toString(), "com.example.shrunk.ShrunkApp"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the shrunk app did not finish");
    assertEquals(0, process.exitValue(), "the shrunk app failed:\n" + output);
    return output.lines().collect(Collectors.toList());
  }

  /** The "body" member (an object or an array) of a recorded answer, as the bytes the provider sent. */
  private static String body(Path recorded) throws IOException {
    String text = Files.readString(recorded);
    int start = text.indexOf(':', text.indexOf("\"body\"")) + 1;
    while (Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return text.substring(start, i + 1);
      }
    }
    throw new IllegalStateException(recorded + " has no complete \"body\" object or array");
  }

  private static Map<?, ?> json(String text) throws IOException {
    return (Map<?, ?>) jsonValue(text);
  }

  private static Object jsonValue(String text) throws IOException {
    return JsonReader.of(new Buffer().writeUtf8(text)).readJsonValue();
  }
}
