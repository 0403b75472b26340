package dev.apiclients.spectooling.rules;

import java.util.Locale;

/** No {@code <script} in descriptions and titles, in any case. */
final class NoScriptTagsInMarkdown implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Located text : MarkdownTexts.of(spec)) {
      if (text.node().asText().toLowerCase(Locale.ROOT).contains("<script")) {
        findings.add(text.pointer(), "contains a <script tag");
      }
    }
  }
}
