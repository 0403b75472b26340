package dev.apiclients.benchmarks;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
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
 * Runs the four benchmarks, times the build, and writes the report and its charts. {@code
 * --mode=full} is the measurement behind {@code BENCHMARKS.md}; {@code --mode=smoke} runs every
 * benchmark once, briefly, so that {@code ./mvnw verify} proves they still compile and run, judges
 * no number, and does not time the build.
 *
 * <pre>{@code
 * java -cp ... dev.apiclients.benchmarks.RunBenchmarks --mode=full --report=BENCHMARKS.md \
 *     --charts=docs/benchmarks --project=. --maven-repo=$HOME/.m2/repository --work=benchmarks/jmh/target \
 *     --ours=benchmarks/ours-client/target --okhttp-gson=benchmarks/stock-client/target \
 *     --native=benchmarks/native-client/target --retrofit2=benchmarks/retrofit2-client/target
 * }</pre>
 */
public final class RunBenchmarks {
  /** Each client's option naming its benchmarks module's target folder. */
  private static final Map<Variant, String> CLIENT_OPTIONS = new EnumMap<>(Map.of(
      Variant.OURS, "ours", Variant.OKHTTP_GSON, "okhttp-gson", Variant.NATIVE_JACKSON, "native",
      Variant.RETROFIT2_GSON, "retrofit2"));
  static final List<Class<?>> JMH_BENCHMARKS = Arrays.asList(DecodeBenchmark.class, GetOrderBenchmark.class);

  private RunBenchmarks() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Map<String, String> options = parse(args);
    Settings settings = Settings.valueOf(options.get("mode").toUpperCase(java.util.Locale.ROOT));
    Path report = Paths.get(options.get("report"));
    Map<Variant, ClientUnderTest> clients = new EnumMap<>(Variant.class);
    for (Map.Entry<Variant, String> client : CLIENT_OPTIONS.entrySet()) {
      clients.put(client.getKey(), ClientUnderTest.of(client.getKey(), Paths.get(options.get(client.getValue()))));
    }

    // First, so that a build that fails stops the run before the long part. The smoke run skips it:
    // it would double the time of the test command.
    BuildTiming build = settings.timeBuild ? BuildTiming.measure(Paths.get(options.get("project")),
        Paths.get(options.get("work")).resolve("build-timing"), options.get("maven-repo")) : null;

    // Rounds, not more forks: this machine's speed drifts over minutes, and a round measures all
    // variants close together, so the median of per-round ratios is not skewed by the drift.
    List<Map<String, Measurement>> jmh = new ArrayList<>();
    for (int round = 0; round < settings.rounds; round++) {
      jmh.add(runJmh(settings));
    }
    Map<Variant, double[]> coldStart = ColdStart.measure(new ArrayList<>(clients.values()), settings.coldStartSamples);
    Map<Variant, ClasspathSize> classpaths = new EnumMap<>(Variant.class);
    for (ClientUnderTest client : clients.values()) {
      classpaths.put(client.variant, ClasspathSize.of(client));
    }
    BenchmarksReport results = new BenchmarksReport(settings, jmh, coldStart, classpaths, build);

    List<String> missing = results.missing();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Benchmarks produced no result for " + missing);
    }
    results.write(report, Paths.get(options.get("charts")));
    System.out.println("Wrote " + report.toAbsolutePath());
    System.out.println(results.targetsSummary());
    System.out.printf(java.util.Locale.ROOT, "The %s run took %.0f s%n", settings.name().toLowerCase(java.util.Locale.ROOT),
        (System.nanoTime() - started) / 1e9);
  }

  /** Runs the JMH benchmarks; the result of {@code DecodeBenchmark.ours} is keyed "DecodeBenchmark.ours". */
  private static Map<String, Measurement> runJmh(Settings settings) throws Exception {
    ChainedOptionsBuilder builder = new OptionsBuilder()
        .forks(settings.forks)
        .warmupIterations(settings.warmupIterations)
        .warmupTime(settings.iterationTime)
        .measurementIterations(settings.measurementIterations)
        .measurementTime(settings.iterationTime)
        // UTF-8 as on JDK 18+: the native client reads bodies in the platform charset, and the
        // check that it decodes what ours does would fail on a machine whose locale is not UTF-8.
        .jvmArgsAppend("-Xms2g", "-Xmx2g", "-Dfile.encoding=UTF-8")
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
    List<String> required = new ArrayList<>(Arrays.asList("mode", "report", "charts", "project", "work", "maven-repo"));
    required.addAll(CLIENT_OPTIONS.values());
    for (String name : required) {
      if (!options.containsKey(name)) {
        throw new IllegalArgumentException("Missing --" + name + "=...");
      }
    }
    return options;
  }

  /** How long each kind of run measures. */
  enum Settings {
    /**
     * Every benchmark once, briefly: it runs, nothing is judged. In this JVM (no fork), since a
     * fork per benchmark would cost the test command a JVM start and a cold setup each.
     */
    SMOKE(1, 0, 0, 1, TimeValue.milliseconds(200), 1, false),
    /** The measurement behind BENCHMARKS.md: 4 rounds of 1 fork x 4 iterations of 1 s after 3 warm-ups. */
    FULL(4, 1, 3, 4, TimeValue.seconds(1), 10, true);

    final int rounds;
    final int forks;
    final int warmupIterations;
    final int measurementIterations;
    final TimeValue iterationTime;
    final int coldStartSamples;
    final boolean timeBuild;

    Settings(int rounds, int forks, int warmupIterations, int measurementIterations, TimeValue iterationTime,
        int coldStartSamples, boolean timeBuild) {
      this.rounds = rounds;
      this.forks = forks;
      this.warmupIterations = warmupIterations;
      this.measurementIterations = measurementIterations;
      this.iterationTime = iterationTime;
      this.coldStartSamples = coldStartSamples;
      this.timeBuild = timeBuild;
    }

    String describe() {
      return rounds + " round(s) of every benchmark, each " + forks + " fork(s), " + warmupIterations + " warm-up and " + measurementIterations
          + " measured iteration(s) of " + iterationTime + " per benchmark, -prof gc, fork heap 2 GiB; cold start: "
          + coldStartSamples + " process(es) per client" + (timeBuild ? "; the build timed once" : "");
    }
  }
}
