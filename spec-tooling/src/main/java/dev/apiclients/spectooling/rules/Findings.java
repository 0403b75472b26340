package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Finding;
import dev.apiclients.spectooling.Rule;
import java.util.List;

/** Where one rule's findings go: each gets the rule's name. */
public final class Findings {
  private final Rule rule;
  private final List<Finding> out;

  public Findings(Rule rule, List<Finding> out) {
    this.rule = rule;
    this.out = out;
  }

  void add(String where, String message) {
    out.add(new Finding(rule, where, message));
  }
}
