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
import java.util.function.ToDoubleFunction;

/** The results of one run, the targets' ratios computed from them, the Markdown report and its charts. */
final class BenchmarksReport {
  static final String FULL_COMMAND =
      "./mvnw -B -ntp verify -Pbenchmarks -DskipTests -pl benchmarks/jmh -am";
  /** The bare call plus a token-only read of its body: the per-call target's yardstick. */
  static final String TOKENS_YARDSTICK = "GetOrderBenchmark.limitReadingTokens";
  private static final String DECODE = "DecodeBenchmark";
  private static final String GET = "GetOrderBenchmark";

  private final RunBenchmarks.Settings settings;
  /** One map per round: "DecodeBenchmark.ours" to its measurement in that round. */
  private final List<Map<String, Measurement>> rounds;
  private final Map<Variant, double[]> coldStart;
  private final Map<Variant, ClasspathSize> classpaths;
  /** Null when the build was not timed (the smoke run). */
  private final BuildTiming build;

  BenchmarksReport(RunBenchmarks.Settings settings, List<Map<String, Measurement>> rounds,
      Map<Variant, double[]> coldStart, Map<Variant, ClasspathSize> classpaths, BuildTiming build) {
    this.settings = settings;
    this.rounds = rounds;
    this.coldStart = coldStart;
    this.classpaths = classpaths;
    this.build = build;
  }

  /** The benchmark/variant pairs that have no usable number. */
  List<String> missing() {
    List<String> missing = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Class<?> benchmark : RunBenchmarks.JMH_BENCHMARKS) {
      for (Variant variant : Variant.values()) {
        keys.add(benchmark.getSimpleName() + "." + variant.key);
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
    for (Variant client : clients()) {
      double[] samples = coldStart.get(client);
      if (samples == null || samples.length == 0 || !(ColdStart.median(samples) > 0)) {
        missing.add("cold start of " + client.label);
      }
    }
    return missing;
  }

  List<Target> targets() {
    return Arrays.asList(
        Target.atLeast("decode throughput, ours / fastest peer", medianOverRounds(round ->
            score(round, DECODE, Variant.OURS) / best(round, DECODE, true)), 1.0),
        Target.atLeast("decode throughput, ours / token-only limit",
            medianRatio(DECODE + ".ours", DECODE + ".limit", false), 0.75),
        Target.atMost("time per GET call, ours / yardstick (bare call + token-only read)",
            medianRatio(GET + ".ours", TOKENS_YARDSTICK, false), 1.05),
        Target.below("time per GET call, ours / fastest peer", medianOverRounds(round ->
            score(round, GET, Variant.OURS) / best(round, GET, false)), 1.0),
        Target.atMost("cold start (median), ours / fastest peer",
            coldStartMedian(Variant.OURS) / fastestPeerColdStart(), 1.0),
        Target.atMost("runtime classpath bytes, ours / smallest peer that brings Kotlin",
            (double) classpaths.get(Variant.OURS).bytes / smallestKotlinPeerBytes(), 0.25),
        Target.atMost("allocation per decode, ours / token-only limit",
            medianRatio(DECODE + ".ours", DECODE + ".limit", true), 1.3));
  }

  String targetsSummary() {
    StringBuilder summary = new StringBuilder();
    for (Target target : targets()) {
      summary.append(String.format(Locale.ROOT, "%-70s %6s (target %s)%s%n", target.name, target.ratioText(),
          target.boundText(), smoke() ? "" : target.met() ? " met" : " MISSED by " + target.missedBy()));
    }
    return summary.toString();
  }

  /** Writes the report, and its charts into {@code chartsDir} (linked from the report by relative paths). */
  void write(Path file, Path chartsDir) throws IOException {
    Path reportDir = file.toAbsolutePath().getParent();
    Files.createDirectories(reportDir);
    Files.createDirectories(chartsDir);
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    if (smoke()) {
      md.append("**Smoke run**: every benchmark ran once, briefly, to show it works. These numbers mean nothing;"
          + " `BENCHMARKS.md` at the top of the repository holds a real run.\n\n");
    }
    md.append("Written by `RunBenchmarks` (`benchmarks/jmh`); do not edit by hand, run the command again.\n\n")
        .append("- Command: `").append(smoke() ? "./mvnw -B -ntp verify (smoke run)" : FULL_COMMAND).append("`\n")
        .append("- Date: ").append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append('\n')
        .append("- Machine: ").append(machine()).append('\n')
        .append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor"))
        .append(")\n")
        .append("- JMH 1.37: ").append(settings.describe()).append("\n\n");

    md.append("## Variants\n\n")
        .append("- **ours**: the generated Cyclis client (`cyclis-generated`: Retrofit, Moshi, OkHttp 3).\n")
        .append("- The peers: openapi-generator 7.25.0's Java clients, generated from the same spec with the generator's"
            + " default templates and options and the dependencies each generated `pom.xml` declares:\n")
        .append("  - **okhttp-gson**: library `okhttp-gson`, the generator's default (`benchmarks/stock-client`; OkHttp 4,"
            + " so Kotlin);\n")
        .append("  - **native (Jackson)**: library `native`, `java.net.http` and Jackson (`benchmarks/native-client`);\n")
        .append("  - **retrofit2 (gson)**: library `retrofit2` with its default serialization, gson; Retrofit 2.11 on"
            + " OkHttp 3 (`benchmarks/retrofit2-client`).\n")
        .append("- **limit**: the least work on the same bytes: for decoding, Moshi's `JsonReader` reading every"
            + " token and building nothing; for a call, a bare OkHttp 3 call that builds its request and reads the body's"
            + " bytes.\n\n")
        .append("Before decoding is timed, every peer must decode the 5,000 orders to the same values as ours, field by"
            + " field (`DecodedOrders`); the benchmark fails otherwise.\n\n");

    md.append("## Results\n\n| benchmark | unit");
    for (Variant variant : Variant.values()) {
      md.append(" | ").append(variant.label);
    }
    md.append(" |\n|---|---").append(repeat("|---", Variant.values().length)).append("|\n");
    row(md, String.format(Locale.ROOT, "1. decode a `listOrders` answer of 5,000 orders (%,d bytes)",
        OrderListFixture.orderList(DecodeBenchmark.ORDERS).length), "ops/s", DECODE, "%,.2f");
    allocationRow(md, "1. allocated per decode", DECODE);
    row(md, "2. one `getOrder` over loopback, end to end", "µs/call", GET, "%,.1f");
    allocationRow(md, "2. allocated per call (client and in-JVM server)", GET);
    md.append("| 2. yardstick: the bare call plus a token-only read of its body | µs/call")
        .append(repeat(" |", Variant.values().length)).append(" ").append(text(TOKENS_YARDSTICK, "%,.1f"))
        .append(" |\n");
    md.append("| 3. cold start: new JVM to first decoded response (median; min–max) | ms");
    for (Variant variant : Variant.values()) {
      md.append(" | ").append(variant.isClient() ? coldStartText(variant) : "");
    }
    md.append(" |\n| 4. runtime classpath | KB (jars)");
    for (Variant variant : Variant.values()) {
      md.append(" | ").append(variant.isClient() ? classpathText(classpaths.get(variant)) : "");
    }
    md.append(" |\n\n");
    md.append(smoke() ? "Benchmarks 1 and 2: one short iteration each, with no error margin worth reading."
        : "Benchmarks 1 and 2: the median of the rounds, with the lowest and highest round in brackets;"
            + " allocation is the median round's.")
        .append(" Classpath: † marks a client whose runtime brings Kotlin.\n\n");

    md.append("## Targets (ratios from this run)\n\nEach ratio is the median of the ratios within each round"
        + " (\"fastest peer\": the fastest in that round; cold start: of the medians; classpath: exact).\n\n"
        + "| ratio | measured | target | met |\n|---|---|---|---|\n");
    for (Target target : targets()) {
      md.append("| ").append(target.name).append(" | ").append(target.ratioText()).append(" | ")
          .append(target.boundText()).append(" | ")
          .append(smoke() ? "(smoke run)" : target.met() ? "yes" : "**no** (by " + target.missedBy() + ")")
          .append(" |\n");
    }
    peerRatios(md);
    buildSection(md);
    charts(md, reportDir, chartsDir);
    md.append("\n## Runtime classpaths\n\n");
    for (Variant client : clients()) {
      classpathList(md, client.label, classpaths.get(client));
    }
    Files.write(file, md.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Ours against each peer, not only the best: the numbers a reader choosing between two clients wants. */
  private void peerRatios(StringBuilder md) {
    md.append("\n### Ours against each peer\n\nMedian of the per-round ratios; above 1 means ours is faster (decode) or"
        + " below 1 that ours is quicker or smaller (the rest).\n\n| ratio");
    for (Variant peer : Variant.peers()) {
      md.append(" | ").append(peer.label);
    }
    md.append(" |\n|---").append(repeat("|---", Variant.peers().size())).append("|\n");
    peerRatioRow(md, "decode throughput, ours / peer", peer -> medianRatio(DECODE + ".ours", DECODE + "." + peer.key, false));
    peerRatioRow(md, "allocation per decode, ours / peer", peer -> medianRatio(DECODE + ".ours", DECODE + "." + peer.key, true));
    peerRatioRow(md, "time per GET call, ours / peer", peer -> medianRatio(GET + ".ours", GET + "." + peer.key, false));
    peerRatioRow(md, "allocation per GET call, ours / peer", peer -> medianRatio(GET + ".ours", GET + "." + peer.key, true));
    peerRatioRow(md, "cold start (median), ours / peer", peer -> coldStartMedian(Variant.OURS) / coldStartMedian(peer));
    peerRatioRow(md, "runtime classpath bytes, ours / peer",
        peer -> (double) classpaths.get(Variant.OURS).bytes / classpaths.get(peer).bytes);
  }

  private void peerRatioRow(StringBuilder md, String name, ToDoubleFunction<Variant> ratio) {
    md.append("| ").append(name);
    for (Variant peer : Variant.peers()) {
      md.append(String.format(Locale.ROOT, " | %.2f", ratio.applyAsDouble(peer)));
    }
    md.append(" |\n");
  }

  private void buildSection(StringBuilder md) {
    md.append("\n## The build\n\n");
    if (build == null) {
      md.append("Not timed in the smoke run: the benchmark command times `").append(BuildTiming.COMMAND)
          .append("` on a fresh copy of the project, then a second, no-op run of it.\n");
      return;
    }
    md.append("`").append(BuildTiming.COMMAND).append("` on a fresh copy of the project (its files as git lists them),"
        + " then the same command again with nothing changed, on this machine, sharing the local Maven repository (no"
        + " downloads timed).\n\n| build | wall time | modules that compiled or generated |\n|---|---|---|\n");
    md.append(String.format(Locale.ROOT, "| clean | %.0f s | %d |%n", build.cleanSeconds, build.cleanWork.size()));
    md.append(String.format(Locale.ROOT, "| no-op second run | %.0f s | %s |%n", build.noOpSeconds,
        build.noOpWork.isEmpty() ? "none" : String.valueOf(build.noOpWork.size())));
    if (!build.noOpWork.isEmpty()) {
      md.append("\nWork the no-op run did (it should do none):\n\n");
      for (Map.Entry<String, List<String>> module : build.noOpWork.entrySet()) {
        md.append("- ").append(module.getKey()).append(": ").append(String.join("; ", module.getValue())).append('\n');
      }
    }
  }

  private void charts(StringBuilder md, Path reportDir, Path chartsDir) throws IOException {
    md.append("\n## Charts\n\n");
    chart(md, reportDir, chartsDir, "decode", jmhChart("1. Decode 5,000 orders", "ops/s, higher is better", DECODE,
        "%,.2f", false));
    chart(md, reportDir, chartsDir, "decode-allocation", jmhChart("1. Allocated per decode", "MB per decode, lower is better",
        DECODE, "%,.1f MB", true));
    BarChart get = jmhChart("2. One getOrder over loopback", "µs per call, lower is better", GET, "%,.1f", false);
    double[] yardstick = scores(TOKENS_YARDSTICK);
    get.bar("yardstick (bare + tokens)", median(yardstick), yardstick[0], yardstick[yardstick.length - 1],
        String.format(Locale.ROOT, "%,.1f", median(yardstick)), false);
    chart(md, reportDir, chartsDir, "get-order", get);
    chart(md, reportDir, chartsDir, "get-order-allocation", jmhChart("2. Allocated per call",
        "KB per call (client and in-JVM server), lower is better", GET, "%,.1f KB", true));
    BarChart cold = new BarChart("3. Cold start: new JVM to first decoded response", "ms, median with min–max, lower is better");
    for (Variant client : clients()) {
      double[] sorted = coldStart.get(client).clone();
      Arrays.sort(sorted);
      cold.bar(client.label, ColdStart.median(sorted), sorted[0], sorted[sorted.length - 1],
          String.format(Locale.ROOT, "%.0f ms", ColdStart.median(sorted)), client == Variant.OURS);
    }
    chart(md, reportDir, chartsDir, "cold-start", cold);
    BarChart classpath = new BarChart("4. Runtime classpath", "KB of jars, lower is better (†: brings Kotlin)");
    for (Variant client : clients()) {
      ClasspathSize size = classpaths.get(client);
      classpath.bar(client.label, size.bytes / 1024.0, classpathText(size), client == Variant.OURS);
    }
    chart(md, reportDir, chartsDir, "classpath", classpath);
    if (build != null) {
      chart(md, reportDir, chartsDir, "build", new BarChart("The build: " + BuildTiming.COMMAND,
          "wall seconds on this machine, lower is better")
          .bar("clean", build.cleanSeconds, String.format(Locale.ROOT, "%.0f s", build.cleanSeconds), true)
          .bar("no-op second run", build.noOpSeconds, String.format(Locale.ROOT, "%.0f s", build.noOpSeconds), true));
    }
  }

  private BarChart jmhChart(String title, String note, String benchmark, String format, boolean allocation) {
    BarChart chart = new BarChart(title, note);
    for (Variant variant : Variant.values()) {
      String key = benchmark + "." + variant.key;
      if (allocation) {
        double perOp = medianRound(key).allocatedBytesPerOp / (benchmark.equals(DECODE) ? 1e6 : 1024);
        chart.bar(variant.label, perOp, String.format(Locale.ROOT, format, perOp), variant == Variant.OURS);
      } else {
        double[] scores = scores(key);
        double median = median(scores);
        chart.bar(variant.label, median, scores[0], scores[scores.length - 1],
            String.format(Locale.ROOT, format, median), variant == Variant.OURS);
      }
    }
    return chart;
  }

  private static void chart(StringBuilder md, Path reportDir, Path chartsDir, String name, BarChart chart)
      throws IOException {
    Path svg = chartsDir.resolve(name + ".svg");
    Files.write(svg, chart.svg().getBytes(StandardCharsets.UTF_8));
    String link = reportDir.relativize(svg.toAbsolutePath()).toString().replace('\\', '/');
    md.append("![").append(name).append("](").append(link).append(")\n\n");
  }

  private boolean smoke() {
    return settings == RunBenchmarks.Settings.SMOKE;
  }

  private static List<Variant> clients() {
    List<Variant> clients = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      if (variant.isClient()) {
        clients.add(variant);
      }
    }
    return clients;
  }

  private static double score(Map<String, Measurement> round, String benchmark, Variant variant) {
    return round.get(benchmark + "." + variant.key).score;
  }

  /** The best peer's score in a round: the highest throughput, or the lowest time. */
  private static double best(Map<String, Measurement> round, String benchmark, boolean higherIsBetter) {
    double best = Double.NaN;
    for (Variant peer : Variant.peers()) {
      double score = score(round, benchmark, peer);
      if (Double.isNaN(best) || (higherIsBetter ? score > best : score < best)) {
        best = score;
      }
    }
    return best;
  }

  private double coldStartMedian(Variant client) {
    return ColdStart.median(coldStart.get(client));
  }

  private double fastestPeerColdStart() {
    double fastest = Double.POSITIVE_INFINITY;
    for (Variant peer : Variant.peers()) {
      fastest = Math.min(fastest, coldStartMedian(peer));
    }
    return fastest;
  }

  /** NaN when no peer brings Kotlin: the target has nothing to compare with. */
  private double smallestKotlinPeerBytes() {
    double smallest = Double.NaN;
    for (Variant peer : Variant.peers()) {
      ClasspathSize size = classpaths.get(peer);
      if (size.bringsKotlin() && !(size.bytes >= smallest)) {
        smallest = size.bytes;
      }
    }
    return smallest;
  }

  private void row(StringBuilder md, String name, String unit, String benchmark, String format) {
    md.append("| ").append(name).append(" | ").append(unit);
    for (Variant variant : Variant.values()) {
      md.append(" | ").append(text(benchmark + "." + variant.key, format));
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
    for (Variant variant : Variant.values()) {
      md.append(" | ").append(medianRound(benchmark + "." + variant.key).allocationText());
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

  /** The median over the rounds of the ratio of two benchmarks' scores, or of their allocation per operation. */
  private double medianRatio(String numerator, String denominator, boolean allocation) {
    return medianOverRounds(round -> allocation
        ? round.get(numerator).allocatedBytesPerOp / round.get(denominator).allocatedBytesPerOp
        : round.get(numerator).score / round.get(denominator).score);
  }

  private double medianOverRounds(ToDoubleFunction<Map<String, Measurement>> ratio) {
    double[] ratios = new double[rounds.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = ratio.applyAsDouble(rounds.get(i));
    }
    return median(ratios);
  }

  private static double median(double[] values) {
    return ColdStart.median(values);
  }

  private String coldStartText(Variant client) {
    double[] samples = coldStart.get(client);
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.0f; %.0f–%.0f (%d runs)", ColdStart.median(samples), sorted[0],
        sorted[sorted.length - 1], samples.length);
  }

  private static String classpathText(ClasspathSize classpath) {
    return String.format(Locale.ROOT, "%,d (%d jars)%s", classpath.bytes / 1024, classpath.jars.size(),
        classpath.bringsKotlin() ? " †" : "");
  }

  private static void classpathList(StringBuilder md, String name, ClasspathSize classpath) {
    md.append("- ").append(name).append(": ");
    List<String> jars = new ArrayList<>();
    for (Path jar : classpath.jars) {
      jars.add(String.format(Locale.ROOT, "`%s` %,d KB", jar.getFileName(), jar.toFile().length() / 1024));
    }
    md.append(String.join(", ", jars)).append('\n');
  }

  private static String repeat(String text, int times) {
    StringBuilder repeated = new StringBuilder();
    for (int i = 0; i < times; i++) {
      repeated.append(text);
    }
    return repeated.toString();
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
