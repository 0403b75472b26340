package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every operation of both clients against Stoplight Prism's mock of its spec: once with the spec's
 * examples, and {@value #DYNAMIC_ROUNDS} times with answers Prism makes up from the schemas ({@code
 * --dynamic}). A schema-valid answer the client cannot decode, or a request Prism finds invalid
 * ({@code --errors} turns it into an error answer, and the log names it), fails the test.
 *
 * <p>Each round uses a new client, so Cyclr's client buys a token from Prism's {@code /oauth/token}
 * in every round, through its own token code. Counts per operation, from the client's side and from
 * Prism's log, go to {@code target/third-party-checks/prism-<api>-<mode>.md}.
 *
 * <p>Cyclis' {@code registerCallback} registers a {@link CallbackReceiver} on loopback, so Prism's
 * callbacks (two per registration, from the spec's {@code callbacks}) are delivered rather than
 * failing against a host that does not exist; each must arrive, and each body must be one the
 * client's callback parser reads.
 */
class PrismMockIT {
  static final int DYNAMIC_ROUNDS = 20;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern RECEIVED = Pattern.compile("\\[HTTP SERVER] (\\w+) (\\S+) .*Request received");
  private static final Pattern REQUEST_VIOLATION =
      Pattern.compile("Violation: request|Request did not pass the validation rules");
  /** Prism logs each callback it sends and its answer at {@code info}; anything else is a problem. */
  private static final Pattern CALLBACK_PROBLEM = Pattern.compile("\\[CALLBACK]\\s+(?!ℹ)");
  private static final Duration CALLBACK_TIMEOUT = Duration.ofSeconds(20);

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiUnderTest.class)
  void everyOperationDecodesTheSpecsExamples(ApiUnderTest api) throws Exception {
    check(api, false, 1);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiUnderTest.class)
  void everyOperationDecodesRandomSchemaValidAnswers(ApiUnderTest api) throws Exception {
    check(api, true, DYNAMIC_ROUNDS);
  }

  private static void check(ApiUnderTest api, boolean dynamic, int rounds) throws Exception {
    Path prism = NodeTools.tool("prism");
    Path spec = NodeTools.specFile(api);
    String mode = dynamic ? "dynamic" : "static";
    Path log = NodeTools.workDir().resolve("prism-" + api.shortName() + "-" + mode + ".log");
    int port = freePort();

    Map<String, int[]> calls = new LinkedHashMap<>(); // operationId -> {succeeded, failed}
    List<String> failures = new ArrayList<>();
    CallbackReceiver callbacks = new CallbackReceiver();
    Process server = start(prism, spec, port, dynamic, log);
    try {
      String url = "http://127.0.0.1:" + port + "/";
      for (int round = 0; round < rounds; round++) {
        try (SampleCalls samples = SampleCalls.withOwnToken(api, url, callbacks.url())) {
          for (String operationId : samples.operationIds()) {
            int[] count = calls.computeIfAbsent(operationId, id -> new int[2]);
            try {
              samples.call(operationId).execute();
              count[0]++;
            } catch (IOException | RuntimeException e) {
              count[1]++;
              failures.add(operationId + " (round " + (round + 1) + "): " + e);
            }
          }
        }
      }
      // Prism sends a registration's callbacks after answering it: wait for them before stopping it.
      callbacks.awaitCount(expectedCallbacks(api, spec, calls), CALLBACK_TIMEOUT);
    } finally {
      callbacks.close();
      server.destroy();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }

    String prismLog = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    Map<String, Integer> received = receivedPerOperation(api, prismLog);
    List<String> violations = new ArrayList<>();
    List<String> callbackProblems = new ArrayList<>();
    for (String line : prismLog.split("\\R")) {
      if (REQUEST_VIOLATION.matcher(line).find()) {
        violations.add(line.trim());
      }
      if (CALLBACK_PROBLEM.matcher(line).find()) {
        callbackProblems.add(line.trim());
      }
    }
    int expectedCallbacks = expectedCallbacks(api, spec, calls);
    String summary = summarize(api, spec, dynamic, calls, received, failures.size(), violations.size())
        + (expectedCallbacks == 0 ? "" : "; callbacks: " + callbacks.received() + " of " + expectedCallbacks
            + " received, " + callbacks.parsed() + " parsed by CyclisCallbacks, " + callbackProblems.size()
            + " problem(s) in Prism's log");
    NodeTools.record(summary);

    assertEquals(List.of(), failures, () -> "client failures against Prism (" + mode + "), log " + log);
    assertEquals(List.of(), violations, () -> "requests Prism found invalid (" + mode + "), log " + log);
    assertEquals(List.of(), callbackProblems, () -> "callbacks Prism could not deliver (" + mode + "), log " + log);
    assertEquals(List.of(), callbacks.parseFailures(), "callback bodies the client's parser rejects");
    assertEquals(expectedCallbacks, callbacks.received(), () -> "callbacks received (" + mode + "), log " + log);
    for (Map.Entry<String, int[]> count : calls.entrySet()) {
      assertEquals(rounds, count.getValue()[0], "successful calls of " + count.getKey());
    }
    assertTrue(received.keySet().containsAll(calls.keySet()),
        () -> "Prism's log shows no request for some operations: " + received + ", log " + log);
  }

  private static Process start(Path prism, Path spec, int port, boolean dynamic, Path log) throws Exception {
    List<String> command = new ArrayList<>(List.of(prism.toString(), "mock", "--host", "127.0.0.1",
        "--port", Integer.toString(port), "--errors"));
    if (dynamic) {
      command.add("--dynamic");
    }
    command.add(spec.toString());
    Process process = new ProcessBuilder(command)
        .directory(NodeTools.moduleDir().toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      if (output.contains("Prism is listening on")) {
        return process;
      }
      if (!process.isAlive()) {
        throw new AssertionError("Prism ended before listening (exit " + process.exitValue() + "):\n" + output);
      }
      Thread.sleep(200);
    }
    process.destroyForcibly();
    throw new AssertionError("Prism did not listen within " + START_TIMEOUT + "; log " + log);
  }

  /**
   * The callbacks Prism sends: each of the spec's callbacks of an operation (Cyclis' {@code
   * registerCallback} has {@code orderChanged} and {@code companyAccessChanged}) once per successful
   * call, to the URL the call registered.
   */
  private static int expectedCallbacks(ApiUnderTest api, Path spec, Map<String, int[]> calls) {
    int expected = 0;
    for (SpecOperation operation : SpecOperation.of(api)) {
      int[] count = calls.get(operation.operationId());
      if (count != null) {
        expected += count[0] * operation.callbackCount();
      }
    }
    return expected;
  }

  /** Requests Prism received, per operation of the spec (method and path as logged). */
  private static Map<String, Integer> receivedPerOperation(ApiUnderTest api, String prismLog) {
    List<SpecOperation> operations = SpecOperation.of(api);
    Map<String, Integer> received = new TreeMap<>();
    Matcher matcher = RECEIVED.matcher(prismLog);
    while (matcher.find()) {
      String path = matcher.group(2).replaceFirst("\\?.*", "");
      String operation = SpecOperation.forRequest(operations, matcher.group(1), path)
          .map(SpecOperation::operationId)
          .orElse(matcher.group(1).toUpperCase() + " " + path + " (no operation)");
      received.merge(operation, 1, Integer::sum);
    }
    return received;
  }

  private static String summarize(ApiUnderTest api, Path spec, boolean dynamic, Map<String, int[]> calls,
      Map<String, Integer> received, int failures, int violations) {
    String mode = dynamic ? "dynamic" : "static";
    StringBuilder table = new StringBuilder()
        .append("# Prism mock").append(dynamic ? " --dynamic" : "").append(" of ").append(spec.getFileName())
        .append("\n\n| operation | client calls | succeeded | failed | requests in Prism's log |\n")
        .append("|---|---|---|---|---|\n");
    StringBuilder perOperation = new StringBuilder();
    int total = 0;
    for (Map.Entry<String, int[]> count : calls.entrySet()) {
      int[] c = count.getValue();
      int seen = received.getOrDefault(count.getKey(), 0);
      total += c[0] + c[1];
      table.append("| ").append(count.getKey()).append(" | ").append(c[0] + c[1]).append(" | ").append(c[0])
          .append(" | ").append(c[1]).append(" | ").append(seen).append(" |\n");
      perOperation.append(perOperation.length() == 0 ? "" : ", ")
          .append(count.getKey()).append(' ').append(c[0]).append('/').append(c[0] + c[1])
          .append(" (Prism saw ").append(seen).append(')');
    }
    table.append("\n").append(failures).append(" client failure(s), ").append(violations)
        .append(" request violation(s) in Prism's log.\n");
    try {
      Files.write(NodeTools.workDir().resolve("prism-" + api.shortName() + "-" + mode + ".md"),
          table.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "Prism mock " + (dynamic ? "--dynamic " : "") + spec.getFileName() + ": " + total + " calls, "
        + failures + " client failure(s), " + violations + " request violation(s); " + perOperation;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
