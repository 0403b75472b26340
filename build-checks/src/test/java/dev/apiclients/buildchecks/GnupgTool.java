package dev.apiclients.buildchecks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Whether this machine can sign the rehearsed release: GnuPG 2.1 or later as {@code gpg} on the PATH. Without it a
 * build skips the signing checks, saying so in {@link #SKIPPED one line}, unless {@code CI=true} is in the
 * environment (as CI services set it): then the build fails, so that CI never skips them silently.
 */
final class GnupgTool {
  /** The first line of {@code gpg --version} of GnuPG 2.1 or later ({@code --quick-generate-key}, Ed25519). */
  static final Pattern USABLE_VERSION = Pattern.compile("^gpg \\([^)]*\\) (2\\.([1-9]|[1-9][0-9])|[3-9])\\.");

  /** The one line a build without GnuPG prints; {@code %s} is what {@link #found()} says. */
  static final String SKIPPED = "GnuPG 2.1+ not found (%s): SKIPPED the signing checks (GpgVerifyTest,"
      + " RehearsalSigningTest, the signatures of the rehearsed release); install it (Debian/Ubuntu: apt-get install"
      + " gnupg; Fedora: dnf install gnupg2; macOS: brew install gnupg; Windows: Gpg4win) and run ./mvnw verify again";

  /** What CI=true makes of a missing GnuPG. */
  static final String REQUIRED = "GnuPG 2.1+ is required with CI=true, which never skips a check: found %s."
      + " Install it (Debian/Ubuntu: apt-get install gnupg; Fedora: dnf install gnupg2; macOS: brew install gnupg;"
      + " Windows: Gpg4win), or build with -DskipTests, which skips every integration build";

  private static String found;

  private GnupgTool() {}

  /** The first line of {@code gpg --version}, or what went wrong running it; asked once per JVM. */
  static synchronized String found() {
    if (found == null) {
      found = ask();
    }
    return found;
  }

  /** Whether {@link #found()} is GnuPG 2.1 or later. */
  static boolean usable() {
    return USABLE_VERSION.matcher(found()).find();
  }

  /** Whether the environment says this is CI ({@code CI=true}, as GitHub Actions, GitLab and others set it). */
  static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static String ask() {
    try {
      Process process = new ProcessBuilder("gpg", "--version").redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "gpg --version did not finish within 30 s";
      }
      String first = output.lines().findFirst().orElse("");
      return process.exitValue() == 0 ? first : "gpg --version exit " + process.exitValue() + ": " + first;
    } catch (IOException notFound) {
      return "no gpg on the PATH";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while asking gpg --version";
    }
  }
}
