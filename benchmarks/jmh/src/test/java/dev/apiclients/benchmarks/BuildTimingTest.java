package dev.apiclients.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildTimingTest {
  @Test
  void readsWhichModulesCompiledOrGeneratedFromTheLog() {
    List<String> log = Arrays.asList(
        "[INFO] Building Client runtime (shared by the generated clients) 1.0.0-SNAPSHOT [3/16]",
        "[INFO] Nothing to compile - all classes are up to date.",
        "[INFO] Building Cyclis Integrator API: generated Java client 1.0.0-SNAPSHOT [7/16]",
        "# Thanks for using OpenAPI Generator.                                                      #",
        "[INFO] Compiling 75 source files with javac [debug release 8] to target/classes",
        "[INFO] Compiling 1 source file with javac [debug release 17] to target/test-classes",
        "[INFO] Building jar: /tmp/tree/cyclis-generated/target/cyclis-generated-1.0.0-SNAPSHOT.jar");

    Map<String, List<String>> work = BuildTiming.work(log);

    assertEquals(Map.of("Cyclis Integrator API: generated Java client", Arrays.asList("ran openapi-generator",
        "compiled 75 source file(s) to classes", "compiled 1 source file(s) to test-classes")), work);
  }

  @Test
  void anUpToDateBuildDidNoWork() {
    List<String> log = Arrays.asList(
        "[INFO] Building Client runtime (shared by the generated clients) 1.0.0-SNAPSHOT [3/16]",
        "[INFO] Nothing to compile - all classes are up to date.");

    assertEquals(Map.of(), BuildTiming.work(log));
  }
}
