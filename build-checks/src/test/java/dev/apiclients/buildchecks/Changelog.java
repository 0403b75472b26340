package dev.apiclients.buildchecks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The project's {@code CHANGELOG.md} (Keep a Changelog), as far as the build checks it: each
 * client has {@code ### <client>} sections under the release headings, and one of their lines must
 * name the spec version the client is built from, as {@code spec <info.version>}.
 *
 * <pre>{@code
 * Changelog changelog = Changelog.parse(Files.readString(Path.of("CHANGELOG.md")));
 * boolean ok = changelog.namesSpecVersion("Cyclis client", "1.4.0");
 * }</pre>
 */
public final class Changelog {
  private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*?)\\s*$");
  private static final Pattern RELEASE = Pattern.compile("^## \\[([^]]+)](.*)$");
  private static final Pattern CHANGE_TYPE = Pattern.compile("^#### (Added|Changed|Deprecated|Removed|Fixed|Security)$");

  private final List<String> lines;

  private Changelog(List<String> lines) {
    this.lines = lines;
  }

  /** Reads the Markdown text of a changelog. */
  public static Changelog parse(String markdown) {
    return new Changelog(List.of(markdown.split("\\R", -1)));
  }

  /** The lines of every {@code ### section} (in any release), without the headings. */
  public List<String> sectionLines(String section) {
    List<String> found = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      var heading = HEADING.matcher(line);
      if (heading.matches()) {
        inside = heading.group(1).length() == 3 && heading.group(2).equalsIgnoreCase(section);
        continue;
      }
      if (inside) {
        found.add(line);
      }
    }
    return found;
  }

  /** True when a line of {@code section} names {@code spec <version>}. */
  public boolean namesSpecVersion(String section, String version) {
    Pattern entry = Pattern.compile("\\bspec " + Pattern.quote(version) + "(?![\\w.]*\\w)");
    return sectionLines(section).stream().anyMatch(line -> entry.matcher(line).find());
  }

  /**
   * What keeps this changelog from following Keep a Changelog as the project writes it: each release
   * heading {@code ## [name]} has a link definition {@code [name]: url}, and every entry of a
   * {@code ###} section (a client, or the runtime) stands under a {@code ####} heading naming its
   * type of change (Added, Changed, Deprecated, Removed, Fixed, Security). Empty when it follows it.
   */
  public List<String> keepAChangelogProblems() {
    List<String> problems = new ArrayList<>();
    String release = null;
    String section = null;
    String type = null;
    for (String line : lines) {
      var releaseHeading = RELEASE.matcher(line);
      if (releaseHeading.matches()) {
        release = releaseHeading.group(1);
        section = null;
        String name = release;
        if (lines.stream().noneMatch(definition -> definition.startsWith("[" + name + "]: "))) {
          problems.add("## [" + name + "] has no link definition \"[" + name + "]: <url>\"");
        }
      } else if (line.startsWith("### ")) {
        section = line.substring(4).trim();
        type = null;
      } else if (line.startsWith("#### ")) {
        type = CHANGE_TYPE.matcher(line).matches() ? line.substring(5) : null;
        if (type == null) {
          problems.add("\"" + line + "\" under [" + release + "] " + section + " is not a type of change "
              + "(Added, Changed, Deprecated, Removed, Fixed, Security)");
        }
      } else if (line.startsWith("- ") && section != null && type == null) {
        problems.add("\"" + line + "\" under [" + release + "] " + section + " has no #### type of change above it");
      }
    }
    return problems;
  }
}
