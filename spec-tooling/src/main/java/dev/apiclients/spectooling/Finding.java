package dev.apiclients.spectooling;

/**
 * One lint finding: the rule, where in the document (a JSON pointer such as
 * {@code #/paths/~1cyclists/get}), and what is wrong.
 */
public record Finding(Rule rule, String where, String message) {
  @Override
  public String toString() {
    return rule.id() + " at " + where + ": " + message;
  }
}
