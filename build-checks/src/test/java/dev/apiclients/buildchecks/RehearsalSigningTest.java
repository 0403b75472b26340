package dev.apiclients.buildchecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rehearsal's key step, run from a checkout as deep as a Jenkins workspace
 * ({@code /var/lib/jenkins/workspace/<folder>/<job>@2/}): gpg-agent's socket lives in the GnuPG home, and a Unix
 * socket's path has at most 107 bytes.
 */
class RehearsalSigningTest {
  @TempDir
  Path temporary;

  @BeforeEach
  void needsGnupg() {
    assumeTrue(GnupgTool.usable(), "no GnuPG 2.1+ (GnupgToolTest says what to install)");
  }

  @Test
  void signsFromAWorkingDirectoryOf150Characters() throws Exception {
    Path checkout = deepDirectory();
    Path publicKey = checkout.resolve("build-checks/target/rehearsal/rehearsal-key.asc");
    Path file = Files.writeString(checkout.resolve("artifact.pom"), "<project/>\n");

    StepResult step = runStep(publicKey, checkout, List.of("gpg", "--batch", "--armor", "--detach-sign", "artifact.pom"));

    assertEquals(0, step.exit(), step.output());
    // The signature verifies with the exported public key alone, as Maven Central would check it.
    try (GnupgHome home = GnupgHome.createTemporary(checkout)) {
      home.gpg("--batch", "--import", publicKey.toString());
      GpgVerify.Result verified = GpgVerify.verify(home.path(), Path.of(file + ".asc"), file, System.getenv());
      assertTrue(verified.good(), verified.output());
    }
    assertGone(step.home());
  }

  @Test
  void aFailingCommandStillStopsTheAgentAndDeletesTheHome() throws Exception {
    Path checkout = deepDirectory();

    StepResult step = runStep(checkout.resolve("build-checks/target/rehearsal/rehearsal-key.asc"), checkout,
        List.of("gpg", "--batch", "--detach-sign", "no-such-file"));

    assertEquals(2, step.exit(), step.output());
    assertGone(step.home());
  }

  /** A directory whose absolute path is 150 characters or more. */
  private Path deepDirectory() throws Exception {
    Path deep = temporary;
    for (int level = 0; deep.toString().length() < 150; level++) {
      deep = deep.resolve("workspace-level-" + level);
    }
    return Files.createDirectories(deep);
  }

  private record StepResult(int exit, Path home, String output) {}

  private static StepResult runStep(Path publicKey, Path workingDirectory, List<String> command) throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = RehearsalSigning.run(publicKey, workingDirectory, command);
    } finally {
      System.setOut(out);
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    out.print(output);
    String line = output.lines().filter(l -> l.startsWith("Throwaway signing key in ")).findFirst().orElseThrow();
    return new StepResult(exit, Path.of(line.substring("Throwaway signing key in ".length())), output);
  }

  /** The home is deleted and no process (gpg-agent) names it any more. */
  private static void assertGone(Path home) throws InterruptedException {
    assertFalse(Files.exists(home), home + " is still there");
    List<String> left = List.of();
    for (int attempt = 0; attempt < 50; attempt++) {
      left = ProcessHandle.allProcesses().map(process -> process.info().commandLine().orElse(""))
          .filter(commandLine -> commandLine.contains(home.toString())).collect(Collectors.toList());
      if (left.isEmpty()) {
        return;
      }
      Thread.sleep(100);
    }
    assertEquals(List.of(), left, "processes still running for " + home);
  }
}
