package dev.apiclients.buildchecks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a command with a throwaway signing key: the release rehearsal's second build (build-checks/pom.xml,
 * execution {@code rebuild}) signs with it, never with anything of the maintainers'.
 */
final class RehearsalSigning {
  static final String USER_ID = "apiclients release rehearsal <rehearsal@apiclients.invalid>";

  private RehearsalSigning() {}

  /**
   * {@code <public key file> <Maven command> [<argument>...]}, in the current directory, with {@code -Dgpg.skip=false}
   * added; exits as the command did. Without GnuPG 2.1+ ({@link GnupgTool}) the command runs unsigned
   * ({@code -Dgpg.skip=true}) and no public key is left, so that the rehearsal's other checks still run; with
   * {@code CI=true} it exits 1 instead.
   */
  public static void main(String[] args) throws Exception {
    Path publicKey = Path.of(args[0]).toAbsolutePath();
    List<String> command = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
    if (GnupgTool.usable()) {
      command.add("-Dgpg.skip=false");
      System.exit(run(publicKey, Path.of("").toAbsolutePath(), command));
    }
    if (GnupgTool.onCi()) {
      System.out.println(String.format(GnupgTool.REQUIRED, GnupgTool.found()));
      System.exit(1);
    }
    System.out.println(String.format(GnupgTool.SKIPPED, GnupgTool.found()) + ": deploying unsigned");
    Files.deleteIfExists(publicKey);
    command.add("-Dgpg.skip=true");
    System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
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
