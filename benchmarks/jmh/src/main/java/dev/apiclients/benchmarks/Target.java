package dev.apiclients.benchmarks;

import java.util.Locale;

/** A target of the benchmarks issue: a ratio of two measurements from the same run, and its bound. */
final class Target {
  private enum Kind {
    AT_LEAST("≥"), AT_MOST("≤"), BELOW("<");

    final String sign;

    Kind(String sign) {
      this.sign = sign;
    }
  }

  final String name;
  final double ratio;
  final double bound;
  private final Kind kind;

  private Target(String name, double ratio, double bound, Kind kind) {
    this.name = name;
    this.ratio = ratio;
    this.bound = bound;
    this.kind = kind;
  }

  static Target atLeast(String name, double ratio, double bound) {
    return new Target(name, ratio, bound, Kind.AT_LEAST);
  }

  static Target atMost(String name, double ratio, double bound) {
    return new Target(name, ratio, bound, Kind.AT_MOST);
  }

  static Target below(String name, double ratio, double bound) {
    return new Target(name, ratio, bound, Kind.BELOW);
  }

  /** A ratio that could not be computed (NaN) meets no target. */
  boolean met() {
    switch (kind) {
      case AT_LEAST:
        return ratio >= bound;
      case AT_MOST:
        return ratio <= bound;
      default:
        return ratio < bound;
    }
  }

  /** How far a missed target is from its bound, as a percentage of the bound ("" when met). */
  String missedBy() {
    if (met() || Double.isNaN(ratio)) {
      return "";
    }
    return String.format(Locale.ROOT, "%.0f%%", 100 * Math.abs(ratio - bound) / bound);
  }

  String boundText() {
    return String.format(Locale.ROOT, "%s %.2f", kind.sign, bound);
  }

  String ratioText() {
    return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio);
  }
}
