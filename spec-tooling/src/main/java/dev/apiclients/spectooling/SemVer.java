package dev.apiclients.spectooling;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A spec's {@code info.version} read as MAJOR.MINOR.PATCH (a pre-release or build suffix is ignored). */
public record SemVer(int major, int minor, int patch) implements Comparable<SemVer> {
  private static final Pattern FORMAT = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?$");

  /** Parses {@code 1.4.0}; throws {@link IllegalArgumentException} naming the value otherwise. */
  public static SemVer parse(String version) {
    Matcher m = FORMAT.matcher(version == null ? "" : version.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("info.version '" + version + "' is not MAJOR.MINOR.PATCH");
    }
    return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /** The smallest version that may carry additions after this one. */
  public SemVer nextMinor() {
    return new SemVer(major, minor + 1, 0);
  }

  /** The smallest version that may carry breaking changes after this one. */
  public SemVer nextMajor() {
    return new SemVer(major + 1, 0, 0);
  }

  @Override
  public int compareTo(SemVer other) {
    if (major != other.major) {
      return Integer.compare(major, other.major);
    }
    if (minor != other.minor) {
      return Integer.compare(minor, other.minor);
    }
    return Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
