package dev.apiclients.buildchecks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code gpg --verify}, judged by gpg's machine-readable status lines ({@code --status-fd}: GOODSIG
 * and VALIDSIG), never by its messages, which gpg translates: with {@code LANGUAGE=de} a good
 * signature reads "Korrekte Signatur". gpg runs with {@code LC_ALL=C} all the same, so the text
 * kept beside the status lines in the log reads the same on every machine.
 */
final class GpgVerify {
  /** One verification: what gpg printed (status lines and messages, in order) and its exit code. */
  record Result(Path signature, int exitCode, String output) {
    /** gpg's own verdict: exit 0, a good signature (GOODSIG) that is also valid (VALIDSIG). */
    boolean good() {
      return exitCode == 0 && hasStatus("GOODSIG") && hasStatus("VALIDSIG");
    }

    private boolean hasStatus(String keyword) {
      return output.lines().anyMatch(line -> line.startsWith("[GNUPG:] " + keyword + " "));
    }

    /** The entry of gpg-verify.log: the command, its verdict and everything gpg printed. */
    String logEntry() {
      return "$ gpg --verify " + signature.getFileName() + " (exit " + exitCode + ", "
          + (good() ? "GOODSIG and VALIDSIG" : "NOT VERIFIED") + ")\n" + output.stripTrailing() + "\n\n";
    }
  }

  private GpgVerify() {}

  /**
   * Verifies {@code signature} over {@code file} with the keys of {@code gnupghome}.
   *
   * @param environment the environment gpg would inherit (a user's locale, for one); {@code LC_ALL}
   *     and {@code LANGUAGE} in it are replaced
   */
  static Result verify(Path gnupghome, Path signature, Path file, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(List.of("gpg", "--batch", "--status-fd", "1", "--verify",
        signature.toString(), file.toString())).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().put("GNUPGHOME", gnupghome.toString());
    // LANGUAGE would override any locale but C for gettext's messages.
    builder.environment().remove("LANGUAGE");
    builder.environment().put("LC_ALL", "C");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Result(signature, -1, output + "(timed out)");
    }
    return new Result(signature, process.exitValue(), output);
  }
}
