package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README's fault table is what the fault matrix tests check, row by row. */
class FaultTableTest {
  @ParameterizedTest
  @EnumSource(Fault.class)
  void readmeListsTheScenarioWithItsOutcomes(Fault fault) throws Exception {
    String readme = new String(Files.readAllBytes(Paths.get("../README.md")), StandardCharsets.UTF_8);
    String row = "| " + fault.description() + " | " + fault.idempotent() + " | " + fault.unsafe() + " |";

    assertTrue(readme.contains(row), "README.md lacks the row: " + row);
  }
}
