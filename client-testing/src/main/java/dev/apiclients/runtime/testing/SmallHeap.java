package dev.apiclients.runtime.testing;

import dev.apiclients.runtime.ApiHttpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a probe, a {@code main} of the test classes, in a new JVM whose heap is too small for
 * anything read without bound, so that a test proves memory stays bounded: an unbounded read of a
 * hostile body there ends in {@link OutOfMemoryError} within a second. The probe prints one line
 * per case ({@link #describe}); the test compares them.
 */
public final class SmallHeap {
  /** 64 MiB: twice the default 32 MiB body limit, a sixteenth of the 1 GiB bodies the probes receive. */
  public static final String MAX_HEAP = "-Xmx64m";
  private static final long TIMEOUT_SECONDS = 120;

  private SmallHeap() {}

  /**
   * Runs {@code main} with {@code args} in a JVM with {@link #MAX_HEAP}, on this JVM's class path,
   * and returns the lines it printed.
   *
   * @throws AssertionError if it does not exit with 0 within two minutes; the message has its output
   */
  public static List<String> run(Class<?> main, String... args) {
    List<String> command = new ArrayList<>(Arrays.asList(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), MAX_HEAP,
        "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(Arrays.asList(args));
    try {
      Path output = Files.createTempFile("small-heap", ".txt");
      try {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(output.toFile()).start();
        boolean exited = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
          process.destroyForcibly().waitFor();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        if (!exited || process.exitValue() != 0) {
          throw new AssertionError(main.getSimpleName() + (exited ? " exited with " + process.exitValue()
              : " did not end within " + TIMEOUT_SECONDS + " s") + ":\n" + String.join("\n", lines));
        }
        return lines;
      } finally {
        Files.delete(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while " + main.getSimpleName() + " ran", e);
    }
  }

  /**
   * How a probe reports what a call ended with: the exception's simple name and message, and for an
   * {@link ApiHttpException} the length of its raw body and whether it ends with {@link
   * ApiHttpException#CUT_MARKER}.
   */
  public static String describe(Throwable failure) {
    String line = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    if (failure instanceof ApiHttpException) {
      String body = ((ApiHttpException) failure).rawBody();
      line += "; rawBody " + body.length() + " characters"
          + (body.endsWith(ApiHttpException.CUT_MARKER) ? ", cut" : "");
    }
    return line;
  }
}
