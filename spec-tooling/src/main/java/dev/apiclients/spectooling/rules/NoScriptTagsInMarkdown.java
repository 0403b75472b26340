package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;
import java.util.Locale;

/** No {@code <script} in descriptions and titles, in any case. */
final class NoScriptTagsInMarkdown implements LintRule {
  @Override
  public Rule rule() {
    return Rule.NO_SCRIPT_TAGS_IN_MARKDOWN;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Located text : MarkdownTexts.of(spec)) {
      if (text.node().asText().toLowerCase(Locale.ROOT).contains("<script")) {
        spec.add(rule(), text.pointer(), "contains a <script tag");
      }
    }
  }
}
