package dev.apiclients.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ReleaseRehearsalIT's signature check, on a file signed here with a key made for the test. */
class GpgVerifyTest {
  @TempDir
  static Path home;
  static Path file;
  static Path signature;

  @BeforeAll
  static void signAFile() throws Exception {
    if (!GnupgTool.usable()) {
      return; // every test is skipped (needsGnupg)
    }
    // gpg warns about a GNUPGHOME others can read.
    Files.createDirectory(home.resolve("gnupg"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    run("gpg", "--batch", "--pinentry-mode", "loopback", "--passphrase", "", "--quick-generate-key",
        "gpg-verify test <test@apiclients.invalid>", "ed25519", "sign", "1d");
    file = Files.writeString(home.resolve("artifact.pom"), "<project/>\n");
    run("gpg", "--batch", "--armor", "--detach-sign", file.toString());
    signature = home.resolve("artifact.pom.asc");
  }

  @BeforeEach
  void needsGnupg() {
    assumeTrue(GnupgTool.usable(), "no GnuPG 2.1+ (GnupgToolTest says what to install)");
  }

  @AfterAll
  static void stopTheAgent() throws Exception {
    if (!GnupgTool.usable()) {
      return;
    }
    run("gpgconf", "--kill", "gpg-agent");
  }

  @Test
  void aGoodSignatureIsGoodWhateverLanguageTheUserReads() throws Exception {
    // gpg's German catalogue answers "Korrekte Signatur" under LANGUAGE=de unless the locale is C.
    Map<String, String> german = new HashMap<>(System.getenv());
    german.put("LANGUAGE", "de");
    german.put("LC_ALL", "C.UTF-8");

    GpgVerify.Result result = GpgVerify.verify(home.resolve("gnupg"), signature, file, german);

    assertTrue(result.good(), result.output());
    assertTrue(result.output().contains("Good signature from \"gpg-verify test <test@apiclients.invalid>\""),
        result.output());
  }

  @Test
  void aSignatureOverOtherBytesIsNotGood() throws Exception {
    Path changed = Files.writeString(home.resolve("changed.pom"), "<project></project>\n");

    GpgVerify.Result result = GpgVerify.verify(home.resolve("gnupg"), signature, changed, System.getenv());

    assertFalse(result.good(), result.output());
    assertTrue(result.output().contains("[GNUPG:] BADSIG "), result.output());
  }

  @Test
  void theLogEntryNamesTheSignatureAndTheVerdictBeforeGpgsOutput() throws Exception {
    GpgVerify.Result result = GpgVerify.verify(home.resolve("gnupg"), signature, file, System.getenv());

    List<String> entry = result.logEntry().lines().toList();

    assertEquals("$ gpg --verify artifact.pom.asc (exit 0, GOODSIG and VALIDSIG)", entry.get(0));
    assertEquals(result.output().stripTrailing(), String.join("\n", entry.subList(1, entry.size() - 1)));
    assertEquals("", entry.get(entry.size() - 1), "entries are apart by a blank line");
  }

  private static void run(String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("GNUPGHOME", home.resolve("gnupg").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0,
        String.join(" ", command) + ":\n" + output);
  }
}
