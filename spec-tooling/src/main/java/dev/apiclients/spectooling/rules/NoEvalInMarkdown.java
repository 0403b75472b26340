package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;

/** No {@code eval(} in descriptions and titles. */
final class NoEvalInMarkdown implements LintRule {
  @Override
  public Rule rule() {
    return Rule.NO_EVAL_IN_MARKDOWN;
  }

  @Override
  public void check(SpecTree spec) {
    for (SpecTree.Located text : MarkdownTexts.of(spec)) {
      if (text.node().asText().contains("eval(")) {
        spec.add(rule(), text.pointer(), "contains 'eval('");
      }
    }
  }
}
