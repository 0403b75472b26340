package dev.apiclients.spectooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangelogTest {
  private static final Changelog CHANGELOG = Changelog.parse(String.join("\n",
      "# Changelog",
      "## [Unreleased]",
      "### Cyclis client",
      "- Changed: Cyclis Integrator API spec 1.5.0: orders have a `note`.",
      "### Cyclr client",
      "- Fixed: token renewal.",
      "## [1.0.0] - 2026-11-02",
      "### Cyclr client",
      "- Added: generated from the Cyclr Partner API spec 1.0.0.",
      "#### Cyclis client",
      "- spec 9.9.9 under a level-4 heading does not count",
      ""));

  @Test
  void findsTheSpecVersionInTheClientsSectionOfAnyRelease() {
    assertTrue(CHANGELOG.namesSpecVersion("Cyclis client", "1.5.0"));
    assertTrue(CHANGELOG.namesSpecVersion("Cyclr client", "1.0.0"));
  }

  @Test
  void aVersionNamedOnlyInAnotherClientsSectionDoesNotCount() {
    assertFalse(CHANGELOG.namesSpecVersion("Cyclr client", "1.5.0"));
    assertFalse(CHANGELOG.namesSpecVersion("Cyclis client", "1.0.0"));
  }

  @Test
  void aLongerVersionDoesNotMatchAShorterOne() {
    assertFalse(CHANGELOG.namesSpecVersion("Cyclis client", "1.5"));
    assertFalse(Changelog.parse("### Cyclis client\n- spec 1.5.0.1\n").namesSpecVersion("Cyclis client", "1.5.0"));
    assertFalse(Changelog.parse("### Cyclis client\n- spec 1.5.01\n").namesSpecVersion("Cyclis client", "1.5.0"));
  }

  @Test
  void aSectionRunsToTheNextHeadingOfLevelOneToThree() {
    assertEquals(List.of("- Fixed: token renewal.", "- Added: generated from the Cyclr Partner API spec 1.0.0.",
            "#### Cyclis client", "- spec 9.9.9 under a level-4 heading does not count", ""),
        CHANGELOG.sectionLines("Cyclr client"));
    assertFalse(CHANGELOG.namesSpecVersion("Cyclis client", "9.9.9"));
  }
}
