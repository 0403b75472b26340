package dev.apiclients.buildchecks;

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

  @Test
  void aSpecLineUnderAChangeTypeCountsForItsClient() {
    Changelog changelog = Changelog.parse("## [Unreleased]\n### Cyclis client\n#### Changed\n- Cyclis spec 1.5.0.\n"
        + "### Cyclr client\n#### Added\n- Cyclr spec 1.0.0.\n");

    assertTrue(changelog.namesSpecVersion("Cyclis client", "1.5.0"));
    assertFalse(changelog.namesSpecVersion("Cyclis client", "1.0.0"));
  }

  @Test
  void keepAChangelogAsWrittenHereHasNoProblems() {
    Changelog changelog = Changelog.parse(String.join("\n",
        "# Changelog",
        "## [Unreleased]",
        "### Cyclis client",
        "#### Added",
        "- Cyclis spec 1.5.0: orders have a `note`.",
        "#### Fixed",
        "- token renewal.",
        "## [1.0.0] - 2026-11-02",
        "### Runtime and build",
        "#### Removed",
        "- the old builder.",
        "",
        "[Unreleased]: https://example.invalid/compare/v1.0.0...HEAD",
        "[1.0.0]: https://example.invalid/releases/tag/v1.0.0",
        ""));

    assertEquals(List.of(), changelog.keepAChangelogProblems());
  }

  @Test
  void entriesWithoutATypeOfChangeAndReleasesWithoutALinkAreNamed() {
    Changelog changelog = Changelog.parse(String.join("\n",
        "## [Unreleased]",
        "### Cyclis client",
        "- Added: the prefix style is not a heading.",
        "#### Improvements",
        "- not a Keep a Changelog type.",
        ""));

    assertEquals(List.of("## [Unreleased] has no link definition \"[Unreleased]: <url>\"",
            "\"- Added: the prefix style is not a heading.\" under [Unreleased] Cyclis client has no #### type of "
                + "change above it",
            "\"#### Improvements\" under [Unreleased] Cyclis client is not a type of change (Added, Changed, "
                + "Deprecated, Removed, Fixed, Security)",
            "\"- not a Keep a Changelog type.\" under [Unreleased] Cyclis client has no #### type of change above it"),
        changelog.keepAChangelogProblems());
  }
}
