package dev.apiclients.benchmarks;

import java.util.Locale;

/** One number of one variant (ours, stock or limit): a score, its error margin, and allocation. */
final class Measurement {
  final double score;
  /** The 99.9% confidence half-width JMH reports; NaN where there is none (one iteration). */
  final double error;
  /** Bytes allocated per operation ({@code -prof gc}), NaN when not measured. */
  final double allocatedBytesPerOp;

  Measurement(double score, double error, double allocatedBytesPerOp) {
    this.score = score;
    this.error = error;
    this.allocatedBytesPerOp = allocatedBytesPerOp;
  }

  String scoreText(String format) {
    String score = String.format(Locale.ROOT, format, this.score);
    return Double.isNaN(error) ? score : score + " ± " + String.format(Locale.ROOT, format, error);
  }

  String allocationText() {
    return Double.isNaN(allocatedBytesPerOp) ? "n/a" : String.format(Locale.ROOT, "%,.0f", allocatedBytesPerOp);
  }
}
