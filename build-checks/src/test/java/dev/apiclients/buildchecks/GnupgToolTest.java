package dev.apiclients.buildchecks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import org.junit.jupiter.api.Test;

/** The signing checks need GnuPG 2.1+: without it they are skipped with one line, or fail the build on CI. */
class GnupgToolTest {
  @Test
  void gnupgIsThereOrItsChecksAreSkippedWithOneLine() {
    if (GnupgTool.usable()) {
      return;
    }
    if (GnupgTool.onCi()) {
      fail(String.format(GnupgTool.REQUIRED, GnupgTool.found()));
    }
    String skipped = String.format(GnupgTool.SKIPPED, GnupgTool.found());
    System.out.println("[WARNING] " + skipped);
    abort(skipped);
  }

  @Test
  void gnupg21AndLaterAreUsable() {
    assertTrue(GnupgTool.USABLE_VERSION.matcher("gpg (GnuPG) 2.1.18").find());
    assertTrue(GnupgTool.USABLE_VERSION.matcher("gpg (GnuPG) 2.4.4").find());
    assertTrue(GnupgTool.USABLE_VERSION.matcher("gpg (GnuPG/MacGPG2) 2.2.41").find());
    assertTrue(GnupgTool.USABLE_VERSION.matcher("gpg (GnuPG) 3.0.0").find());
  }

  @Test
  void olderGnupgAndNoGnupgAreNot() {
    assertFalse(GnupgTool.USABLE_VERSION.matcher("gpg (GnuPG) 2.0.22").find());
    assertFalse(GnupgTool.USABLE_VERSION.matcher("gpg (GnuPG) 1.4.23").find());
    assertFalse(GnupgTool.USABLE_VERSION.matcher("no gpg on the PATH").find());
  }
}
