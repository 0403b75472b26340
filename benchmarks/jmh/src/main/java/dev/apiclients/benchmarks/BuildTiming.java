package dev.apiclients.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build itself, timed: {@value #COMMAND} on a fresh copy of the project (its git-tracked and
 * untracked-but-not-ignored files, so what the working tree holds), then the same command again
 * with nothing changed. The copy keeps the running build's own {@code target} folders untouched;
 * both builds use the running build's local repository, so no download is timed.
 *
 * <p>A no-op build should do no work: {@link #work} reads, per module, the compiler's "Compiling N
 * source files" lines and openapi-generator's banner from a build's log.
 */
final class BuildTiming {
  static final String COMMAND = "./mvnw -B -ntp install -DskipTests";
  private static final long TIMEOUT_MINUTES = 30;
  private static final Pattern MODULE = Pattern.compile("^\\[INFO\\] Building (.+?) \\S+\\s+\\[\\d+/\\d+\\]$");
  private static final Pattern COMPILING =
      Pattern.compile("^\\[INFO\\] Compiling (\\d+) source files? with .* to (\\S+)$");
  private static final String GENERATOR_BANNER = "# Thanks for using OpenAPI Generator.";

  final double cleanSeconds;
  final double noOpSeconds;
  /** Per module, the work the clean build did. */
  final Map<String, List<String>> cleanWork;
  /** Per module, the work the no-op build did: empty when the build is up to date. */
  final Map<String, List<String>> noOpWork;

  private BuildTiming(double cleanSeconds, double noOpSeconds, Map<String, List<String>> cleanWork,
      Map<String, List<String>> noOpWork) {
    this.cleanSeconds = cleanSeconds;
    this.noOpSeconds = noOpSeconds;
    this.cleanWork = cleanWork;
    this.noOpWork = noOpWork;
  }

  static BuildTiming measure(Path projectDir, Path workDir, String mavenRepo) throws IOException, InterruptedException {
    Path tree = workDir.resolve("tree");
    deleteRecursively(workDir);
    copyWorkingTree(projectDir, tree);
    Path cleanLog = workDir.resolve("clean-build.log");
    Path noOpLog = workDir.resolve("no-op-build.log");
    double clean = build(tree, mavenRepo, cleanLog);
    double noOp = build(tree, mavenRepo, noOpLog);
    return new BuildTiming(clean, noOp, work(read(cleanLog)), work(read(noOpLog)));
  }

  /** Per module (its name, as Maven prints it), what it compiled or generated; modules that did nothing are left out. */
  static Map<String, List<String>> work(List<String> log) {
    Map<String, List<String>> work = new LinkedHashMap<>();
    String module = "(before the first module)";
    for (String line : log) {
      Matcher building = MODULE.matcher(line);
      Matcher compiling = COMPILING.matcher(line);
      if (building.matches()) {
        module = building.group(1);
      } else if (compiling.matches()) {
        String target = compiling.group(2);
        work.computeIfAbsent(module, m -> new ArrayList<>()).add("compiled " + compiling.group(1) + " source file(s) to "
            + target.substring(target.lastIndexOf('/') + 1));
      } else if (line.startsWith(GENERATOR_BANNER)) {
        work.computeIfAbsent(module, m -> new ArrayList<>()).add("ran openapi-generator");
      }
    }
    return work;
  }

  private static double build(Path tree, String mavenRepo, Path log) throws IOException, InterruptedException {
    List<String> command = Arrays.asList(tree.resolve("mvnw").toString(), "-B", "-ntp", "install", "-DskipTests",
        "-Dmaven.repo.local=" + mavenRepo);
    ProcessBuilder builder = new ProcessBuilder(command).directory(tree.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // The copy is its own project: nothing inherited from the running build may point Maven back at this one.
    builder.environment().remove("MAVEN_BASEDIR");
    builder.environment().remove("MAVEN_PROJECTBASEDIR");
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("The timed build did not finish in " + TIMEOUT_MINUTES + " minutes: " + log);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (process.exitValue() != 0) {
      throw new IllegalStateException("The timed build `" + COMMAND + "` failed (exit " + process.exitValue()
          + "); its log: " + log);
    }
    return seconds;
  }

  /** Copies what git would check out plus untracked, not-ignored files: the project as the working tree has it. */
  private static void copyWorkingTree(Path projectDir, Path tree) throws IOException, InterruptedException {
    Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
        .directory(projectDir.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] listing = git.getInputStream().readAllBytes();
    if (git.waitFor() != 0) {
      throw new IllegalStateException("`git ls-files` failed in " + projectDir + ": timing the build needs a git checkout");
    }
    for (String file : new String(listing, StandardCharsets.UTF_8).split("\0")) {
      Path source = projectDir.resolve(file);
      if (file.isEmpty() || !Files.isRegularFile(source)) {
        continue; // deleted in the working tree, or a submodule
      }
      Path copy = tree.resolve(file);
      Files.createDirectories(copy.getParent());
      Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static List<String> read(Path log) {
    try {
      // Leniently: a build log may hold bytes that are not UTF-8 (a tool's output), which readAllLines refuses.
      return Arrays.asList(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\r?\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }
}
