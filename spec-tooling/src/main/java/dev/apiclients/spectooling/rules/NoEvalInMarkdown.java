package dev.apiclients.spectooling.rules;


/** No {@code eval(} in descriptions and titles. */
final class NoEvalInMarkdown implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Located text : MarkdownTexts.of(spec)) {
      if (text.node().asText().contains("eval(")) {
        findings.add(text.pointer(), "contains 'eval('");
      }
    }
  }
}
