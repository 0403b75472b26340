package dev.apiclients.buildchecks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a command with a throwaway signing key: the release rehearsal's second build (build-checks/pom.xml,
 * execution {@code rebuild}) signs with it, never with anything of the maintainers'.
 */
final class RehearsalSigning {
  static final String USER_ID = "apiclients release rehearsal <rehearsal@apiclients.invalid>";

  private RehearsalSigning() {}

  /** {@code <public key file> <command> [<argument>...]}, in the current directory; exits as the command did. */
  public static void main(String[] args) throws Exception {
    System.exit(run(Path.of(args[0]).toAbsolutePath(), Path.of("").toAbsolutePath(),
        Arrays.asList(args).subList(1, args.length)));
  }

  /**
   * Makes a key (Ed25519, no passphrase) in a {@linkplain GnupgHome short temporary GnuPG home}, writes its public
   * key to {@code publicKey}, runs {@code command} in {@code workingDirectory} with that home as GNUPGHOME, and
   * returns the command's exit code. Whatever happens, the agent gpg started is stopped and the home deleted.
   */
  static int run(Path publicKey, Path workingDirectory, List<String> command) throws IOException, InterruptedException {
    try (GnupgHome home = GnupgHome.createTemporary(workingDirectory)) {
      System.out.println("Throwaway signing key in " + home.path());
      System.out.print(home.gpg("--batch", "--pinentry-mode", "loopback", "--passphrase", "", "--quick-generate-key",
          USER_ID, "ed25519", "sign", "1d"));
      Files.createDirectories(publicKey.getParent());
      home.gpg("--batch", "--yes", "--armor", "--output", publicKey.toString(), "--export", USER_ID);
      return home.environment(new ProcessBuilder(command)).inheritIO().start().waitFor();
    }
  }
}
