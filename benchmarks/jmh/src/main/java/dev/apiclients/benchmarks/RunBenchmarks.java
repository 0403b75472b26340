package dev.apiclients.benchmarks;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the four benchmarks and writes the report. {@code --mode=full} is the measurement behind
 * {@code BENCHMARKS.md}; {@code --mode=smoke} runs every benchmark once, briefly, so that {@code
 * ./mvnw verify} proves they still compile and run, and judges no number.
 *
 * <pre>{@code
 * java -cp ... dev.apiclients.benchmarks.RunBenchmarks --mode=full --report=BENCHMARKS.md \
 *     --ours=benchmarks/ours-client/target --stock=benchmarks/stock-client/target
 * }</pre>
 */
public final class RunBenchmarks {
  static final List<String> VARIANTS = Arrays.asList("ours", "stock", "limit");
  static final List<Class<?>> JMH_BENCHMARKS = Arrays.asList(DecodeBenchmark.class, GetOrderBenchmark.class);

  private RunBenchmarks() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    Settings settings = Settings.valueOf(options.get("mode").toUpperCase(java.util.Locale.ROOT));
    Path report = Paths.get(options.get("report"));
    ClientUnderTest ours = ClientUnderTest.ours(Paths.get(options.get("ours")));
    ClientUnderTest stock = ClientUnderTest.stock(Paths.get(options.get("stock")));

    // Rounds, not more forks: this machine's speed drifts over minutes, and a round measures all
    // variants close together, so the median of per-round ratios is not skewed by the drift.
    List<Map<String, Measurement>> jmh = new ArrayList<>();
    for (int round = 0; round < settings.rounds; round++) {
      jmh.add(runJmh(settings));
    }
    Map<String, double[]> coldStart = ColdStart.measure(Arrays.asList(ours, stock), settings.coldStartSamples);
    BenchmarksReport results = new BenchmarksReport(settings, jmh, coldStart,
        ClasspathSize.ours(ours), ClasspathSize.stock(stock));

    List<String> missing = results.missing();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Benchmarks produced no result for " + missing);
    }
    results.write(report);
    System.out.println("Wrote " + report.toAbsolutePath());
    System.out.println(results.targetsSummary());
  }

  /** Runs the JMH benchmarks; the result of {@code DecodeBenchmark.ours} is keyed "DecodeBenchmark.ours". */
  private static Map<String, Measurement> runJmh(Settings settings) throws Exception {
    ChainedOptionsBuilder builder = new OptionsBuilder()
        .forks(settings.forks)
        .warmupIterations(settings.warmupIterations)
        .warmupTime(settings.iterationTime)
        .measurementIterations(settings.measurementIterations)
        .measurementTime(settings.iterationTime)
        .jvmArgsAppend("-Xms2g", "-Xmx2g")
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true);
    for (Class<?> benchmark : JMH_BENCHMARKS) {
      builder.include("\\." + benchmark.getSimpleName() + "\\.");
    }
    Collection<RunResult> runs = new Runner(builder.build()).run();
    Map<String, Measurement> measurements = new LinkedHashMap<>();
    for (RunResult run : runs) {
      String benchmark = run.getParams().getBenchmark();
      String key = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      Result<?> primary = run.getPrimaryResult();
      double allocation = Double.NaN;
      for (Map.Entry<String, Result> secondary : run.getSecondaryResults().entrySet()) {
        if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
          allocation = secondary.getValue().getScore();
        }
      }
      measurements.put(key, new Measurement(primary.getScore(), primary.getScoreError(), allocation));
    }
    return measurements;
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("Expected --name=value, got " + arg);
      }
      options.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    for (String required : Arrays.asList("mode", "report", "ours", "stock")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("Missing --" + required + "=...");
      }
    }
    return options;
  }

  /** How long each kind of run measures. */
  enum Settings {
    /** Every benchmark once, briefly: it runs, nothing is judged. */
    SMOKE(1, 1, 0, 1, TimeValue.milliseconds(300), 1),
    /** The measurement behind BENCHMARKS.md: 4 rounds of 1 fork x 4 iterations of 1 s after 3 warm-ups. */
    FULL(4, 1, 3, 4, TimeValue.seconds(1), 10);

    final int rounds;
    final int forks;
    final int warmupIterations;
    final int measurementIterations;
    final TimeValue iterationTime;
    final int coldStartSamples;

    Settings(int rounds, int forks, int warmupIterations, int measurementIterations, TimeValue iterationTime,
        int coldStartSamples) {
      this.rounds = rounds;
      this.forks = forks;
      this.warmupIterations = warmupIterations;
      this.measurementIterations = measurementIterations;
      this.iterationTime = iterationTime;
      this.coldStartSamples = coldStartSamples;
    }

    String describe() {
      return rounds + " round(s) of every benchmark, each " + forks + " fork(s), " + warmupIterations + " warm-up and " + measurementIterations
          + " measured iteration(s) of " + iterationTime + " per benchmark, -prof gc, fork heap 2 GiB; cold start: "
          + coldStartSamples + " process(es) per client";
    }
  }
}
