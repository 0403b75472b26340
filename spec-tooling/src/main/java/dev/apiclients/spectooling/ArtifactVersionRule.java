package dev.apiclients.spectooling;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule that ties the version of the published artifacts to what the breaking-change gate found
 * in a spec since the last release: a breaking change needs a new major version, any other API
 * change (an addition) a new minor version, and every release a version above the last one.
 *
 * <pre>{@code
 * List<String> problems = ArtifactVersionRule.check(gateResult, "1.3.0", "1.4.0-SNAPSHOT");
 * }</pre>
 *
 * <p>All published artifacts share one version (the BOM's), so a breaking change in either spec
 * makes a new major release of every artifact; the spec's own {@code info.version} follows the
 * gate separately ({@link CompatibilityGate}). The last release is given as its version; its specs
 * are the baselines the gate compared with. Before the first release it is {@code none}.
 */
public final class ArtifactVersionRule {
  /** The last-release value that means nothing was released yet. */
  public static final String NO_RELEASE = "none";

  private ArtifactVersionRule() {}

  /** The smallest step the gate's result demands of the artifact version. */
  public enum Step {
    /** The spec's API did not change: any later version. */
    PATCH,
    /** Compatible API changes (additions): a new minor or major version. */
    MINOR,
    /** Breaking changes: a new major version. */
    MAJOR;

    /** The step {@code result} demands. */
    public static Step of(CompatibilityGate.Result result) {
      if (!result.breaking().isEmpty()) {
        return MAJOR;
      }
      return result.changed() ? MINOR : PATCH;
    }
  }

  /**
   * Returns what is wrong with releasing {@code version} (a {@code -SNAPSHOT} suffix is ignored)
   * after {@code releasedVersion}, given the gate's {@code result} for one spec; empty when the rule holds.
   */
  public static List<String> check(CompatibilityGate.Result result, String releasedVersion, String version) {
    List<String> problems = new ArrayList<>();
    if (NO_RELEASE.equals(releasedVersion)) {
      return problems;
    }
    SemVer released = parse(releasedVersion, "apiclients.released.version", problems);
    SemVer next = parse(version, "the project version", problems);
    if (!problems.isEmpty()) {
      return problems;
    }
    Step step = Step.of(result);
    if (step == Step.MAJOR && next.major() <= released.major()) {
      problems.add(result.name() + " has " + result.breaking().size() + " breaking change(s) since release "
          + released + ", so the artifacts need a new major version: " + released.nextMajor()
          + " or later, not " + version + ".");
    } else if (step == Step.MINOR && next.compareTo(released.nextMinor()) < 0) {
      problems.add(result.name() + " has API changes (additions) since release " + released
          + ", so the artifacts need a new minor version: " + released.nextMinor() + " or later, not "
          + version + ".");
    } else if (next.compareTo(released) <= 0) {
      problems.add("The project version " + version + " is not above the last release " + released + ".");
    }
    return problems;
  }

  private static SemVer parse(String version, String what, List<String> problems) {
    try {
      return SemVer.parse(version);
    } catch (IllegalArgumentException e) {
      problems.add(what + " '" + version + "' is not MAJOR.MINOR.PATCH.");
      return null;
    }
  }
}
