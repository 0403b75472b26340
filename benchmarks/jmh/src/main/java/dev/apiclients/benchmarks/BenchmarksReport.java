package dev.apiclients.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results of one run, the targets' ratios computed from them, and the Markdown report. */
final class BenchmarksReport {
  static final String FULL_COMMAND =
      "./mvnw -B -ntp verify -Pbenchmarks -DskipTests -pl benchmarks/jmh -am";

  private final RunBenchmarks.Settings settings;
  /** One map per round: "DecodeBenchmark.ours" to its measurement in that round. */
  private final List<Map<String, Measurement>> rounds;
  private final Map<String, double[]> coldStart;
  private final ClasspathSize oursClasspath;
  private final ClasspathSize stockClasspath;

  BenchmarksReport(RunBenchmarks.Settings settings, List<Map<String, Measurement>> rounds,
      Map<String, double[]> coldStart, ClasspathSize oursClasspath, ClasspathSize stockClasspath) {
    this.settings = settings;
    this.rounds = rounds;
    this.coldStart = coldStart;
    this.oursClasspath = oursClasspath;
    this.stockClasspath = stockClasspath;
  }

  /** The benchmark/variant pairs that have no usable number. */
  List<String> missing() {
    List<String> missing = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Class<?> benchmark : RunBenchmarks.JMH_BENCHMARKS) {
      for (String variant : RunBenchmarks.VARIANTS) {
        keys.add(benchmark.getSimpleName() + "." + variant);
      }
    }
    keys.add(TOKENS_YARDSTICK);
    for (Map<String, Measurement> round : rounds) {
      for (String key : keys) {
        Measurement m = round.get(key);
        if ((m == null || !(m.score > 0)) && !missing.contains(key)) {
          missing.add(key);
        }
      }
    }
    for (String client : Arrays.asList("ours", "stock")) {
      double[] samples = coldStart.get(client);
      if (samples == null || samples.length == 0 || !(ColdStart.median(samples) > 0)) {
        missing.add("cold start of " + client);
      }
    }
    return missing;
  }

  /** The bare call plus a token-only read of its body: not a target, it shows what decoding at all costs. */
  static final String TOKENS_YARDSTICK = "GetOrderBenchmark.limitReadingTokens";

  List<Target> targets() {
    return Arrays.asList(
        Target.atLeast("decode throughput, ours / stock", medianRatio("DecodeBenchmark.ours", "DecodeBenchmark.stock"), 1.5),
        Target.atLeast("decode throughput, ours / token-only limit",
            medianRatio("DecodeBenchmark.ours", "DecodeBenchmark.limit"), 0.5),
        Target.atMost("time per GET call, ours / bare OkHttp call",
            medianRatio("GetOrderBenchmark.ours", "GetOrderBenchmark.limit"), 1.1),
        Target.atMost("cold start (median), ours / stock",
            ColdStart.median(coldStart.get("ours")) / ColdStart.median(coldStart.get("stock")), 1.0),
        Target.atMost("runtime classpath bytes, ours / stock",
            (double) oursClasspath.bytes / stockClasspath.bytes, 0.25));
  }

  String targetsSummary() {
    StringBuilder summary = new StringBuilder();
    for (Target target : targets()) {
      summary.append(String.format(Locale.ROOT, "%-48s %6s (target %s)%s%n", target.name, target.ratioText(),
          target.boundText(), settings == RunBenchmarks.Settings.SMOKE ? "" : target.met() ? " met" : " MISSED"));
    }
    return summary.toString();
  }

  void write(Path file) throws IOException {
    StringBuilder md = new StringBuilder();
    boolean smoke = settings == RunBenchmarks.Settings.SMOKE;
    md.append("# Benchmarks\n\n");
    if (smoke) {
      md.append("**Smoke run**: every benchmark ran once, briefly, to show it works. These numbers mean nothing;"
          + " `BENCHMARKS.md` at the top of the repository holds a real run.\n\n");
    }
    md.append("Written by `RunBenchmarks` (`benchmarks/jmh`); do not edit by hand, run the command again.\n\n")
        .append("- Command: `").append(smoke ? "./mvnw -B -ntp verify (smoke run)" : FULL_COMMAND).append("`\n")
        .append("- Date: ").append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append('\n')
        .append("- Machine: ").append(machine()).append('\n')
        .append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor"))
        .append(")\n")
        .append("- JMH 1.37: ").append(settings.describe()).append("\n\n");

    md.append("## Variants\n\n")
        .append("- **ours**: the generated Cyclis client (`cyclis-generated`: Retrofit, Moshi, OkHttp 3).\n")
        .append("- **stock**: openapi-generator 7.25.0's default Java client (`okhttp-gson`, default templates)"
            + " generated from the same spec (`benchmarks/stock-client`).\n")
        .append("- **limit**: the least work on the same bytes: for decoding, Moshi's `JsonReader` reading every"
            + " token and building nothing; for a call, a bare OkHttp 3 call that builds its request and reads the body's bytes.\n\n");

    md.append("## Results\n\n")
        .append("| benchmark | unit | ours | stock | limit |\n|---|---|---|---|---|\n");
    row(md, String.format(Locale.ROOT, "1. decode a `listOrders` answer of 5,000 orders (%,d bytes)",
        OrderListFixture.orderList(DecodeBenchmark.ORDERS).length), "ops/s", "DecodeBenchmark", "%,.2f");
    allocationRow(md, "1. allocated per decode", "DecodeBenchmark");
    row(md, "2. one `getOrder` over loopback, end to end", "µs/call", "GetOrderBenchmark", "%,.1f");
    allocationRow(md, "2. allocated per call (client and in-JVM server)", "GetOrderBenchmark");
    md.append("| 2. yardstick: the bare call plus a token-only read of its body | µs/call | | | ")
        .append(text(TOKENS_YARDSTICK, "%,.1f")).append(" |\n");
    md.append("| 3. cold start: new JVM to first decoded response (median; min–max) | ms | ")
        .append(coldStartText("ours")).append(" | ").append(coldStartText("stock")).append(" | |\n");
    md.append("| 4. runtime classpath | KB (jars) | ").append(classpathText(oursClasspath)).append(" | ")
        .append(classpathText(stockClasspath)).append(" | |\n\n");

    md.append("Benchmarks 1 and 2: the median of the rounds, with the lowest and highest round in brackets;"
        + " allocation is the median round's.\n\n");
    md.append("## Targets (ratios from this run)\n\nEach ratio is the median of the ratios within each round"
        + " (cold start: of the medians; classpath: exact).\n\n"
        + "| ratio | measured | target | met |\n|---|---|---|---|\n");
    for (Target target : targets()) {
      md.append("| ").append(target.name).append(" | ").append(target.ratioText()).append(" | ")
          .append(target.boundText()).append(" | ").append(smoke ? "(smoke run)" : target.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    md.append("\n## Runtime classpaths\n\n");
    classpathList(md, "ours", oursClasspath);
    classpathList(md, "stock", stockClasspath);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, md.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void row(StringBuilder md, String name, String unit, String benchmark, String format) {
    md.append("| ").append(name).append(" | ").append(unit);
    for (String variant : RunBenchmarks.VARIANTS) {
      md.append(" | ").append(text(benchmark + "." + variant, format));
    }
    md.append(" |\n");
  }

  /** The median round's score, and the range over the rounds (or JMH's error with one round). */
  private String text(String key, String format) {
    if (rounds.size() == 1) {
      return rounds.get(0).get(key).scoreText(format);
    }
    double[] scores = scores(key);
    return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median(scores), scores[0],
        scores[scores.length - 1]);
  }

  private void allocationRow(StringBuilder md, String name, String benchmark) {
    md.append("| ").append(name).append(" | bytes/op");
    for (String variant : RunBenchmarks.VARIANTS) {
      md.append(" | ").append(medianRound(benchmark + "." + variant).allocationText());
    }
    md.append(" |\n");
  }

  /** Sorted scores of one benchmark over the rounds. */
  private double[] scores(String key) {
    double[] scores = new double[rounds.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = rounds.get(i).get(key).score;
    }
    Arrays.sort(scores);
    return scores;
  }

  private Measurement medianRound(String key) {
    double median = median(scores(key));
    Measurement closest = rounds.get(0).get(key);
    for (Map<String, Measurement> round : rounds) {
      if (Math.abs(round.get(key).score - median) < Math.abs(closest.score - median)) {
        closest = round.get(key);
      }
    }
    return closest;
  }

  private double medianRatio(String numerator, String denominator) {
    double[] ratios = new double[rounds.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = rounds.get(i).get(numerator).score / rounds.get(i).get(denominator).score;
    }
    return median(ratios);
  }

  private static double median(double[] values) {
    return ColdStart.median(values);
  }

  private String coldStartText(String client) {
    double[] samples = coldStart.get(client);
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.0f; %.0f–%.0f (%d runs)", ColdStart.median(samples), sorted[0],
        sorted[sorted.length - 1], samples.length);
  }

  private static String classpathText(ClasspathSize classpath) {
    return String.format(Locale.ROOT, "%,d (%d jars)", classpath.bytes / 1024, classpath.jars.size());
  }

  private static void classpathList(StringBuilder md, String name, ClasspathSize classpath) {
    md.append("- ").append(name).append(": ");
    List<String> jars = new ArrayList<>();
    for (Path jar : classpath.jars) {
      jars.add(String.format(Locale.ROOT, "`%s` %,d KB", jar.getFileName(), jar.toFile().length() / 1024));
    }
    md.append(String.join(", ", jars)).append('\n');
  }

  private static String machine() {
    String cpu = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: the OS line below still says what the machine is.
    }
    long memoryGib = Math.round(((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / 1073741824.0);
    return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + memoryGib + " GiB, "
        + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
  }
}
