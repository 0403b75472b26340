package dev.apiclients.benchmarks;

import java.util.Locale;

/** A target of the benchmarks issue: a ratio of two measurements from the same run, and its bound. */
final class Target {
  final String name;
  final double ratio;
  final double bound;
  final boolean atMost;

  private Target(String name, double ratio, double bound, boolean atMost) {
    this.name = name;
    this.ratio = ratio;
    this.bound = bound;
    this.atMost = atMost;
  }

  static Target atLeast(String name, double ratio, double bound) {
    return new Target(name, ratio, bound, false);
  }

  static Target atMost(String name, double ratio, double bound) {
    return new Target(name, ratio, bound, true);
  }

  boolean met() {
    return atMost ? ratio <= bound : ratio >= bound;
  }

  String boundText() {
    return String.format(Locale.ROOT, "%s %.2f", atMost ? "≤" : "≥", bound);
  }

  String ratioText() {
    return String.format(Locale.ROOT, "%.2f", ratio);
  }
}
