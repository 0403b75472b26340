package dev.apiclients.buildchecks;

import dev.apiclients.spectooling.CompatibilityGate;
import dev.apiclients.spectooling.SemVer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

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
 *
 * <p>The rule is only as good as that pairing: a baseline replaced by a newer release's spec while
 * the last release still says the older version would let a breaking change pass. So each baseline
 * has a {@value #BASELINE_RELEASE_FILE} beside it naming the release it is the spec of and the
 * SHA-256 of its bytes, and {@link #checkBaseline} fails when either disagrees.
 */
public final class ArtifactVersionRule {
  /** The last-release value that means nothing was released yet. */
  public static final String NO_RELEASE = "none";
  /** The file beside each baseline spec that names the release it came from. */
  public static final String BASELINE_RELEASE_FILE = "release.properties";

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

  /**
   * Returns what is wrong with {@code baseline} as the spec of release {@code releasedVersion} (the
   * parent POM's {@code apiclients.released.version}), by the {@value #BASELINE_RELEASE_FILE} beside
   * it: its {@code released.version} must be that version and its {@code baseline.sha256} the
   * baseline's SHA-256. Empty when they agree.
   */
  public static List<String> checkBaseline(Path baseline, String releasedVersion) throws IOException {
    List<String> problems = new ArrayList<>();
    Path releaseFile = baseline.resolveSibling(BASELINE_RELEASE_FILE);
    String sha256 = sha256(baseline);
    if (!Files.isRegularFile(releaseFile)) {
      problems.add(releaseFile + " is missing: it names the release whose spec " + baseline.getFileName()
          + " is, as released.version=" + releasedVersion + " and baseline.sha256=" + sha256 + ".");
      return problems;
    }
    Properties release = new Properties();
    try (Reader in = Files.newBufferedReader(releaseFile, StandardCharsets.UTF_8)) {
      release.load(in);
    }
    String recordedVersion = release.getProperty("released.version", "").trim();
    String recordedSha256 = release.getProperty("baseline.sha256", "").trim();
    if (!recordedSha256.equals(sha256)) {
      problems.add(baseline.getFileName() + " is not the spec " + releaseFile.getFileName() + " was written for "
          + "(its SHA-256 is " + sha256 + ", the file says '" + recordedSha256 + "'). A new baseline is the spec "
          + "of a release: set released.version to that release and baseline.sha256 to " + sha256 + " in "
          + releaseFile + ", and apiclients.released.version in pom.xml to the same release.");
    }
    if (!recordedVersion.equals(releasedVersion)) {
      problems.add(releaseFile + " says " + baseline.getFileName() + " is the spec of release '" + recordedVersion
          + "', but pom.xml's apiclients.released.version is '" + releasedVersion + "': the version rule would "
          + "compare the project version with one release and the spec with another's. Make them name the "
          + "release whose spec the baseline is.");
    }
    return problems;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
