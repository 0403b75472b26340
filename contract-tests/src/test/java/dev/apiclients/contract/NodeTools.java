package dev.apiclients.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The field's own tools (Spectral, Redocly, PactFlow's swagger-mock-validator, Prism), installed
 * with {@code npm ci} from {@code contract-tests/package-lock.json} into {@code
 * contract-tests/node_modules} when the first test asks for one, and the files they read.
 *
 * <p>On a machine without Node nothing is installed; the tests that need a tool are then
 * skipped, and the first says so in one line naming what is missing, never passed silently. With
 * {@code CI=true} in the environment (as CI services set it) they fail instead, so that CI never
 * skips them.
 */
final class NodeTools {
  /** The one line a build without Node prints; docs/third-party-checks.md quotes it. */
  static final String SKIPPED = "Node.js/npm not found: the third-party checks (Spectral, Redocly, "
      + "swagger-mock-validator, Prism) were SKIPPED; install Node 20+ and run ./mvnw verify again";

  /** What CI=true makes of a missing tool. */
  static final String REQUIRED = "Node.js 20+ with npm is required with CI=true, which never skips the "
      + "third-party checks (Spectral, Redocly, swagger-mock-validator, Prism)";

  /** This run's summary file, started afresh by the first line recorded in this JVM. */
  private static RunSummary summary;
  private static boolean skipRecorded;
  private static boolean installChecked;

  private NodeTools() {}

  /** The module folder holding package.json and node_modules, from the {@code thirdParty.dir} property. */
  static Path moduleDir() {
    String dir = System.getProperty("thirdParty.dir");
    if (dir == null) {
      throw new IllegalStateException("thirdParty.dir is not set: run the tests through Maven (failsafe sets it)");
    }
    return Paths.get(dir);
  }

  /**
   * The executable of an installed tool; skips the calling test (fails it with {@code CI=true}) when
   * Node or the tools are missing (a node_modules left from another machine does not run without Node).
   */
  static Path tool(String name) {
    skipUnless(onPath("node"), "no node on the PATH");
    installOnce();
    Path bin = moduleDir().resolve("node_modules/.bin/" + name);
    skipUnless(Files.isExecutable(bin), "no " + bin);
    return bin;
  }

  /**
   * Skips the calling test, or fails it with {@code CI=true}; the first skip is printed and written to
   * the summary, rather than keeping an earlier run's lines.
   */
  private static synchronized void skipUnless(boolean available, String missing) {
    if (available) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(REQUIRED + ": " + missing);
    }
    String message = SKIPPED + " (" + missing + ")";
    if (!skipRecorded) {
      skipRecorded = true;
      record(message);
    }
    assumeTrue(false, message);
  }

  /**
   * Runs {@code npm ci} once per JVM when npm is on the PATH and package-lock.json is newer than the
   * last install ({@code node_modules/.package-lock.json}); a failed install fails the test.
   */
  private static synchronized void installOnce() {
    if (installChecked) {
      return;
    }
    installChecked = true;
    boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    String npm = windows ? "npm.cmd" : "npm";
    if (!onPath(npm)) {
      return;
    }
    Path dir = moduleDir();
    if (!installNeeded(dir.resolve("package-lock.json"), dir.resolve("node_modules/.package-lock.json"))) {
      System.out.println("[third-party] node_modules is up to date with package-lock.json");
      return;
    }
    // ignore-scripts: swagger-mock-validator's postinstall runs patch-package against its own dev tree
    // and fails under npm 10; npm 11 already skips install scripts no allowScripts entry covers. None of
    // the four tools needs an install script.
    // npm's output goes to a file, never to this JVM's own stdout: a forked test JVM talks to Maven
    // over its stdin and stdout, and a child process that inherits them corrupts the channel.
    Path log = dir.resolve("target/npm-ci.log");
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts")
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      process.getOutputStream().close(); // Nor may it read this JVM's stdin, Maven's command stream.
      int exit = process.waitFor();
      if (exit != 0) {
        throw new AssertionError("npm ci failed in " + dir + " (exit code " + exit + "); its output: " + log);
      }
      System.out.println("[third-party] npm ci installed the tools of package-lock.json (log: " + log + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** True unless {@code installed} exists and is not older than {@code lock} (Ant's uptodate rule). */
  static boolean installNeeded(Path lock, Path installed) {
    try {
      return !Files.exists(installed)
          || Files.getLastModifiedTime(lock).compareTo(Files.getLastModifiedTime(installed)) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && (Files.isExecutable(Paths.get(dir, command))
          || Files.isExecutable(Paths.get(dir, command + ".exe")))) {
        return true;
      }
    }
    return false;
  }

  /** A config file the tools read, kept beside package.json ({@code .spectral.yaml}, {@code redocly.yaml}). */
  static Path config(String name) {
    Path file = moduleDir().resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("missing " + file);
    }
    return file;
  }

  /**
   * The API's spec as a file, copied from the spec jar on the test classpath (the artifact the
   * clients were generated from) into {@code target/third-party-checks/}: the tools read files.
   */
  static Path specFile(ApiUnderTest api) {
    Path copy = workDir().resolve(api.provider() + ".yaml");
    try (InputStream spec = ApiUnderTest.resource("openapi/" + api.provider() + ".yaml").openStream()) {
      Files.copy(spec, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }

  /** {@code target/third-party-checks/}, created on first use. */
  static Path workDir() {
    Path dir = moduleDir().resolve("target/third-party-checks");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** Runs a tool to its end and returns its exit code and its output (stdout and stderr together). */
  static Result run(Duration timeout, Object... command) {
    List<String> args = new ArrayList<>();
    for (Object part : command) {
      args.add(part.toString());
    }
    try {
      Path log = Files.createTempFile(workDir(), "run-", ".log");
      Process process = new ProcessBuilder(args)
          .directory(moduleDir().toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(args + " did not finish within " + timeout);
      }
      String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      Files.delete(log);
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * Adds a line to {@code target/third-party-checks/summary.txt}, the run's record (this run's lines
   * only: the first replaces an earlier run's file), and prints it.
   */
  static synchronized void record(String line) {
    System.out.println("[third-party] " + line);
    if (summary == null) {
      summary = new RunSummary(workDir().resolve("summary.txt"));
    }
    summary.add(line);
  }

  /** A finished tool run. */
  record Result(int exitCode, String output) {
    /** The last line of the output that contains {@code marker}, or a note that none does. */
    String lastLineWith(String marker) {
      String found = "(no line with '" + marker + "')";
      for (String line : output.split("\\R")) {
        if (line.contains(marker)) {
          found = line.trim();
        }
      }
      return found;
    }
  }
}
