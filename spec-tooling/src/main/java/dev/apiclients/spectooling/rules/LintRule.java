package dev.apiclients.spectooling.rules;

/** One rule of the spec lint: reads the spec and reports what breaks it. */
public interface LintRule {
  /** The {@link dev.apiclients.spectooling.Rule} this class checks; its findings carry it. */
  dev.apiclients.spectooling.Rule rule();

  /** Adds a finding to {@code spec} for each place that breaks the rule. */
  void check(SpecTree spec);
}
