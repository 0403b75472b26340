package dev.apiclients.buildchecks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The release rehearsal (build-checks/pom.xml, execution {@code rebuild}; docs/releasing.md): a second clean build of
 * the published modules from a fresh copy of the sources, deployed signed with a throwaway key ({@link
 * RehearsalSigning}) to a file repository; then a consumer project resolves the clients from that repository only and
 * runs its test. Settings come as system properties ({@code rehearsal.*}); a failed step exits non-zero.
 */
final class ReleaseRehearsal {
  /** Directories never copied into the second build, wherever they are. */
  static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules", ".idea", ".git");
  /** Files never copied (Ant's default excludes that occur in a checkout). */
  static final Set<String> SKIPPED_FILES = Set.of(".gitignore", ".gitattributes", ".gitmodules", ".DS_Store");
  /** The tokens ({@code @name@}) filled in the consumer's pom.xml and settings.xml. */
  static final List<String> TOKENS = List.of("project.version", "junit.version", "okhttp.version",
      "maven-resources-plugin.version", "maven-compiler-plugin.version", "maven-surefire-plugin.version");

  private ReleaseRehearsal() {}

  public static void main(String[] args) throws Exception {
    Path reactor = path("rehearsal.reactorRoot");
    Path rebuild = path("rehearsal.rebuildDirectory");
    Path rehearsal = path("rehearsal.directory");
    Path repository = path("rehearsal.repository");
    Path consumer = path("rehearsal.consumer");
    Path module = path("rehearsal.moduleDirectory");
    boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    String mvn = path("maven.home").resolve(windows ? "bin/mvn.cmd" : "bin/mvn").toString();

    deleteTree(rebuild);
    copySources(reactor, rebuild);
    deleteTree(rehearsal);
    Files.createDirectories(repository);
    String repositoryUrl = repository.toFile().toURI().toString();
    String localUrl = path("rehearsal.localRepository").toFile().toURI().toString();

    Path rebuildLog = Path.of(rebuild + ".log");
    System.out.println("Second clean build in " + rebuild + ", deployed (signed, with GnuPG) to " + repository
        + " (log: " + rebuildLog + ")");
    List<String> second = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-classpath", System.getProperty("java.class.path"), RehearsalSigning.class.getName(),
        path("rehearsal.publickey").toString(), mvn, "-B", "-ntp", "--no-snapshot-updates",
        "-Dmaven.repo.local=" + path("rehearsal.localRepository"),
        // Tests ran in the first build; the second builds, signs and deploys (-am also builds client-testing,
        // which the generated modules use at test scope). Deployed, never installed.
        "-DskipTests", "-Dmaven.install.skip=true", "-DaltDeploymentRepository=rehearsal::" + repositoryUrl,
        "-pl", "apiclients-bom,client-runtime,cyclis-spec,cyclis-generated,cyclr-spec,cyclr-generated", "-am",
        "deploy"));
    run(second, rebuild, rebuildLog);

    // The consumer: its own empty local repository; dev.apiclients snapshots only from the rehearsal
    // repository, everything else (releases only) from this build's local one.
    copySources(module.resolve("src/it/quickstart/src"), consumer.resolve("src"));
    Map<String, String> tokens = new TreeMap<>();
    for (String token : TOKENS) {
      tokens.put(token, property("rehearsal.token." + token));
    }
    tokens.put("localRepositoryUrl", localUrl);
    tokens.put("rehearsalRepositoryUrl", repositoryUrl);
    for (String name : List.of("pom.xml", "settings.xml")) {
      String text = Files.readString(module.resolve("src/rehearsal").resolve(name), StandardCharsets.UTF_8);
      Files.writeString(consumer.resolve(name), filter(text, tokens), StandardCharsets.UTF_8);
    }
    Path consumerLog = Path.of(consumer + ".log");
    System.out.println("Consumer of the rehearsed release in " + consumer + " (log: " + consumerLog + ")");
    run(List.of(mvn, "-B", "-ntp", "-s", "settings.xml",
        "-Dmaven.repo.local=" + rehearsal.resolve("consumer-repository"), "test"), consumer, consumerLog);
  }

  /** {@code text} with every {@code @name@} of {@code tokens} replaced by its value; other text as it is. */
  static String filter(String text, Map<String, String> tokens) {
    String result = text;
    for (Map.Entry<String, String> token : tokens.entrySet()) {
      result = result.replace("@" + token.getKey() + "@", token.getValue());
    }
    return result;
  }

  /** Copies the tree {@code from} into {@code to}, leaving out {@link #SKIPPED_DIRECTORIES} and {@link #SKIPPED_FILES}. */
  static void copySources(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
        if (!dir.equals(from) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        if (!SKIPPED_FILES.contains(file.getFileName().toString())) {
          Files.copy(file, to.resolve(from.relativize(file).toString()));
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  private static void run(List<String> command, Path directory, Path log) throws IOException, InterruptedException {
    int exit = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(command.get(0) + " failed in " + directory + " (exit code " + exit
          + "; log: " + log + ")");
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run the rehearsal through Maven (build-checks/pom.xml)");
    }
    return value;
  }

  private static Path path(String name) {
    return Path.of(property(name)).toAbsolutePath();
  }
}
