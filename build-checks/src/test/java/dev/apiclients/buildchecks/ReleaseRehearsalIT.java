package dev.apiclients.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The rehearsed release: what the execution {@code rebuild} (ReleaseRehearsal) deployed, signed with a throwaway
 * key ({@link RehearsalSigning}), to {@code target/rehearsal/repository} passes what Maven Central checks
 * before it publishes: every file signed (and {@code gpg --verify}, given the exported public key
 * only, agrees), md5 and sha1 checksums that match, a sources
 * and a javadoc jar beside every jar, and a POM with name, description, url, licence, developers and
 * scm. Exactly the published modules are there, every jar carries the licence text, and the consumer
 * that imported the BOM got its jars from that repository. Every {@code gpg --verify} is written to
 * {@code target/rehearsal/gpg-verify.log} ({@link GpgVerify}), the record a release note can quote.
 */
class ReleaseRehearsalIT {
  /**
   * What the project publishes: apiclients-bom and the parent POMs (the root and the parents of the spec and
   * generated modules, which the published modules' POMs name), then the jars.
   */
  private static final List<String> POMS =
      List.of("apiclients-bom", "apiclients-parent", "apiclients-spec-parent", "apiclients-generated-parent");
  private static final List<String> JARS =
      List.of("client-runtime", "cyclis-generated", "cyclis-spec", "cyclr-generated", "cyclr-spec");

  private static final Path REPOSITORY = Path.of(System.getProperty("rehearsal.repository"));
  private static final String VERSION = System.getProperty("project.version");
  /** Every verification's command, verdict and output, for the release's record (docs/releasing.md). */
  private static final Path GPG_LOG = REPOSITORY.resolveSibling("gpg-verify.log");
  /** gpg --verify of every .asc in the repository, by signature. */
  private static final Map<Path, GpgVerify.Result> VERIFIED = new TreeMap<>();

  @BeforeAll
  static void verifyEverySignature() throws Exception {
    if (!GnupgTool.usable()) {
      return; // deployed unsigned (RehearsalSigning); GnupgToolTest said so
    }
    StringBuilder log = new StringBuilder();
    // As Central does, with the public key alone: imported into a GnuPG home of this check's own.
    try (GnupgHome gnupghome = GnupgHome.createTemporary(REPOSITORY);
        Stream<Path> files = Files.walk(REPOSITORY)) {
      gnupghome.gpg("--batch", "--import", System.getProperty("rehearsal.publickey"));
      for (Path signature : (Iterable<Path>) files.filter(file -> file.toString().endsWith(".asc")).sorted()::iterator) {
        Path signed = Path.of(signature.toString().replaceFirst("\\.asc$", ""));
        GpgVerify.Result result = GpgVerify.verify(gnupghome.path(), signature, signed, System.getenv());
        VERIFIED.put(signature, result);
        log.append(result.logEntry());
      }
    }
    Files.writeString(GPG_LOG, log);
  }

  @Test
  void theGpgLogRecordsAGoodSignatureForEveryDeployedFile() throws IOException {
    assumeTrue(GnupgTool.usable(), "no GnuPG 2.1+ (GnupgToolTest says what to install)");
    TreeSet<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(REPOSITORY)) {
      files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jar") || name.endsWith(".pom"))
          .forEach(name -> expected.add("$ gpg --verify " + name + ".asc (exit 0, GOODSIG and VALIDSIG)"));
    }
    TreeSet<String> logged = Files.readAllLines(GPG_LOG).stream().filter(line -> line.startsWith("$ gpg --verify "))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, logged);
  }

  @Test
  void exactlyThePublishedModulesAreDeployed() throws IOException {
    TreeSet<String> expected = new TreeSet<>(POMS);
    expected.addAll(JARS);
    try (Stream<Path> modules = Files.list(REPOSITORY.resolve("dev/apiclients"))) {
      assertEquals(expected, modules.map(module -> module.getFileName().toString())
          .filter(name -> !name.startsWith("maven-metadata")).collect(Collectors.toCollection(TreeSet::new)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"apiclients-bom", "apiclients-parent", "apiclients-spec-parent", "apiclients-generated-parent",
      "client-runtime", "cyclis-generated", "cyclis-spec", "cyclr-generated", "cyclr-spec"})
  void everyArtifactIsSignedChecksummedAndComplete(String module) throws Exception {
    Map<String, Path> artifacts = artifacts(module);
    List<String> problems = new ArrayList<>();
    List<String> wanted = new ArrayList<>(List.of(".pom"));
    if (JARS.contains(module)) {
      wanted.addAll(List.of(".jar", "-sources.jar", "-javadoc.jar"));
    }
    for (String kind : wanted) {
      if (!artifacts.containsKey(kind)) {
        problems.add("no " + module + kind + " among " + artifacts.keySet());
      }
    }
    for (Map.Entry<String, Path> artifact : artifacts.entrySet()) {
      Path file = artifact.getValue();
      for (String algorithm : List.of("MD5", "SHA-1")) {
        Path sum = Path.of(file + "." + algorithm.replace("-", "").toLowerCase());
        if (!Files.isRegularFile(sum)) {
          problems.add(file.getFileName() + ": no " + sum.getFileName());
        } else if (!Files.readString(sum).trim().equals(digest(algorithm, file))) {
          problems.add(file.getFileName() + ": " + sum.getFileName() + " does not match the file");
        }
      }
      if (!GnupgTool.usable()) {
        continue; // deployed unsigned
      }
      Path signature = Path.of(file + ".asc");
      GpgVerify.Result verify = VERIFIED.get(signature);
      if (verify == null) {
        problems.add(file.getFileName() + ": no .asc signature");
      } else if (!verify.good()) {
        problems.add(file.getFileName() + ": gpg --verify exit " + verify.exitCode() + ":\n" + verify.output());
      }
    }
    problems.addAll(pomProblems(module, artifacts.get(".pom")));
    if (!problems.isEmpty()) {
      fail(module + " would not pass Maven Central's checks:\n  " + String.join("\n  ", problems));
    }
  }

  @Test
  void theBomPinsEveryPublishedJarAtTheReleaseVersion() throws Exception {
    Document bom = parse(artifacts("apiclients-bom").get(".pom"));
    Map<String, String> managed = new TreeMap<>();
    // A deployed POM is not interpolated: ${project.version} is the BOM's own version, as a consumer reads it.
    String bomVersion = text(bom.getDocumentElement(), "version");
    Element management = child(bom.getDocumentElement(), "dependencyManagement");
    for (Element dependency : children(child(management, "dependencies"), "dependency")) {
      managed.put(text(dependency, "artifactId"), text(dependency, "version").replace("${project.version}", bomVersion));
    }
    Map<String, String> expected = new TreeMap<>();
    JARS.forEach(jar -> expected.put(jar, VERSION));
    assertEquals(expected, managed);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cyclis-generated", "cyclis-spec", "cyclr-generated", "cyclr-spec"})
  void manifestNamesTheSpecAsTheFingerprintDoes(String module) throws Exception {
    try (JarFile jar = new JarFile(artifacts(module).get(".jar").toFile())) {
      Properties fingerprint = new Properties();
      try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/apiclients/" + module + ".properties"))) {
        fingerprint.load(in);
      }
      Attributes manifest = jar.getManifest().getMainAttributes();
      assertEquals(List.of(fingerprint.getProperty("spec.title"), fingerprint.getProperty("spec.version"),
              fingerprint.getProperty("spec.sha256")),
          List.of(String.valueOf(manifest.getValue("Spec-Title")), String.valueOf(manifest.getValue("Spec-Version")),
              String.valueOf(manifest.getValue("Spec-SHA-256"))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"client-runtime", "cyclis-generated", "cyclis-spec", "cyclr-generated", "cyclr-spec"})
  void everyJarCarriesTheProjectsLicence(String module) throws Exception {
    String licence = Files.readString(Path.of(System.getProperty("reactor.root"), "LICENSE"));
    assertTrue(licence.contains("Apache License\n                           Version 2.0, January 2004"),
        "the repository's LICENSE is not the Apache License 2.0");
    for (String kind : List.of(".jar", "-sources.jar")) {
      Path file = artifacts(module).get(kind);
      try (JarFile jar = new JarFile(file.toFile())) {
        var entry = jar.getEntry("META-INF/LICENSE");
        assertTrue(entry != null, file.getFileName() + " has no META-INF/LICENSE");
        try (InputStream in = jar.getInputStream(entry)) {
          assertEquals(licence, new String(in.readAllBytes(), StandardCharsets.UTF_8),
              file.getFileName() + ": META-INF/LICENSE is not the repository's LICENSE");
        }
      }
    }
  }

  @Test
  void theConsumerResolvedTheClientsFromTheRehearsalRepository() throws Exception {
    Path consumerRepository = Path.of(System.getProperty("rehearsal.consumer.repository"));
    for (String module : List.of("cyclis-generated", "cyclr-generated", "client-runtime")) {
      Path resolved = consumerRepository.resolve("dev/apiclients/" + module + "/" + VERSION);
      assertTrue(Files.isRegularFile(resolved.resolve("maven-metadata-rehearsal.xml")),
          module + " was not resolved from the rehearsal repository: no " + resolved.resolve("maven-metadata-rehearsal.xml"));
      Path deployed = artifacts(module).get(".jar");
      Path jar = resolved.resolve(deployed.getFileName());
      assertTrue(Files.isRegularFile(jar), "the consumer has no " + jar);
      assertEquals(digest("SHA-256", deployed), digest("SHA-256", jar), jar + " differs from the deployed jar");
    }
  }

  /** The module's deployed files by kind (".pom", ".jar", "-sources.jar", ...), newest snapshot only. */
  private static Map<String, Path> artifacts(String module) throws IOException {
    Path directory = REPOSITORY.resolve("dev/apiclients/" + module + "/" + VERSION);
    assertTrue(Files.isDirectory(directory), module + " was not deployed: no " + directory);
    String base = VERSION.replace("-SNAPSHOT", "");
    Map<String, Path> found = new TreeMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (!name.startsWith(module + "-" + base) || !(name.endsWith(".jar") || name.endsWith(".pom"))) {
          continue;
        }
        String rest = name.substring(module.length() + 1 + base.length());
        // A snapshot's files carry -<timestamp>-<build number>; a release's do not.
        String kind = rest.replaceFirst("^-(SNAPSHOT|\\d{8}\\.\\d{6}-\\d+)", "");
        found.put(kind, file);
      }
    }
    return found;
  }

  private static List<String> pomProblems(String module, Path pom) throws Exception {
    List<String> problems = new ArrayList<>();
    if (pom == null) {
      return problems;
    }
    Element project = parse(pom).getDocumentElement();
    // Central reads the POM with its parents: what the module leaves out, the root parent must have (the
    // intermediate parents add build configuration only).
    Element parent = module.equals("apiclients-parent") || module.equals("apiclients-bom")
        ? null : parse(artifacts("apiclients-parent").get(".pom")).getDocumentElement();
    for (String element : List.of("name", "description")) {
      if (text(project, element).isBlank()) {
        problems.add(pom.getFileName() + ": no <" + element + ">");
      }
    }
    Element source = parent == null ? project : parent;
    for (String path : List.of("url", "licenses/license/name", "licenses/license/url", "developers/developer/name",
        "scm/url", "scm/connection")) {
      Element at = source;
      for (String step : path.split("/")) {
        at = at == null ? null : child(at, step);
      }
      if (at == null || at.getTextContent().isBlank()) {
        problems.add(pom.getFileName() + (parent == null ? "" : " (with its parent)") + ": no <" + path + ">");
      }
    }
    return problems;
  }

  private static String digest(String algorithm, Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
  }

  private static Document parse(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }

  private static Element child(Element parent, String name) {
    return children(parent, name).stream().findFirst().orElse(null);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? "" : element.getTextContent().trim();
  }
}
