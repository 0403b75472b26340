package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The third-party summary holds one run's lines, whatever an earlier run without {@code clean} left. */
class RunSummaryTest {
  @TempDir
  Path dir;

  @Test
  void aRunReplacesTheLinesOfTheRunBeforeIt() throws Exception {
    Path file = dir.resolve("summary.txt");
    Files.write(file, List.of("old run, line 1", "old run, line 2"), StandardCharsets.UTF_8);

    RunSummary run = new RunSummary(file);
    run.add("new run, line 1");
    run.add("new run, line 2");

    assertEquals(List.of("new run, line 1", "new run, line 2"), Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  @Test
  void theFirstRunCreatesTheFile() throws Exception {
    Path file = dir.resolve("summary.txt");

    new RunSummary(file).add("only line");

    assertEquals(List.of("only line"), Files.readAllLines(file, StandardCharsets.UTF_8));
  }
}
