package dev.apiclients.spectooling.rules;

/** One rule of the spec lint: reads the spec and reports each place that breaks it. */
public interface LintRule {
  void check(SpecTree spec, Findings findings);
}
