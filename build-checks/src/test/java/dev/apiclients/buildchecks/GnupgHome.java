package dev.apiclients.buildchecks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A GnuPG home made for one job, in a short temporary directory, with {@code gpg} run in it; {@link #close()}
 * stops the agent gpg started for it and deletes it.
 *
 * <p>Short, because gpg-agent listens on Unix sockets inside the home ({@code S.gpg-agent.browser} the longest
 * name) unless the system offers {@code /run/user/<uid>}, and a socket's path has at most 107 bytes on Linux, 103
 * on macOS. A home under the checkout, {@code build-checks/target/rehearsal/gnupg}, passed that in a deep one, such
 * as a Jenkins workspace {@code /var/lib/jenkins/workspace/<folder>/<job>@2/}: gpg said {@code error running
 * '/usr/bin/gpg-agent': exit status 2}, then {@code key generation failed: No agent running}.
 */
final class GnupgHome implements AutoCloseable {
  /** The longest home whose sockets fit in 103 bytes (macOS; Linux allows 107). */
  static final int MAX_PATH_BYTES = 103 - "/S.gpg-agent.browser".length();

  private final Path path;
  private final Path workingDirectory;

  private GnupgHome(Path path, Path workingDirectory) {
    this.path = path;
    this.workingDirectory = workingDirectory;
  }

  /**
   * A new, empty home in {@code java.io.tmpdir} ({@code /tmp} on Linux, whatever TMPDIR says), readable by its
   * owner only; gpg runs in {@code workingDirectory}.
   */
  static GnupgHome createTemporary(Path workingDirectory) throws IOException {
    Path path = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? Files.createTempDirectory("apiclients-gpg-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
        : Files.createTempDirectory("apiclients-gpg-");
    if (path.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
      Files.delete(path);
      throw new IOException("The GnuPG home " + path + " is longer than the " + MAX_PATH_BYTES + " bytes gpg-agent's"
          + " sockets leave it: run Maven with -Djava.io.tmpdir=<a short directory> (its default is /tmp)");
    }
    return new GnupgHome(path, workingDirectory);
  }

  Path path() {
    return path;
  }

  /** Runs gpg with this home and returns what it printed; a non-zero exit throws, with that output. */
  String gpg(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("gpg"));
    command.addAll(List.of(arguments));
    return run(command);
  }

  /** Sets this home as GNUPGHOME on {@code builder}, which then runs in the working directory. */
  ProcessBuilder environment(ProcessBuilder builder) {
    builder.environment().put("GNUPGHOME", path.toString());
    return builder.directory(workingDirectory.toFile());
  }

  /** Stops the agent gpg started for this home, then deletes the home. */
  @Override
  public void close() throws IOException, InterruptedException {
    try {
      run(List.of("gpgconf", "--kill", "gpg-agent"));
    } finally {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private String run(List<String> command) throws IOException, InterruptedException {
    Process process = environment(new ProcessBuilder(command)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(String.join(" ", command) + " did not end within 60 s:\n" + output);
    }
    if (process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " (GNUPGHOME=" + path + ") exited with " + process.exitValue()
          + ":\n" + output);
    }
    return output;
  }
}
