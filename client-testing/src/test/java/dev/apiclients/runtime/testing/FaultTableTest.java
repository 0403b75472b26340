package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fault table of {@code docs/fault-matrix.md} is what the fault matrix tests check, row by row. */
class FaultTableTest {
  @ParameterizedTest
  @EnumSource(Fault.class)
  void faultTableListsTheScenarioWithItsOutcomes(Fault fault) throws Exception {
    String table = new String(Files.readAllBytes(Paths.get(System.getProperty("fault.table.file"))), StandardCharsets.UTF_8);
    String row = "| " + fault.description() + " | " + fault.idempotent() + " | " + fault.unsafe() + " |";

    assertTrue(table.contains(row), "docs/fault-matrix.md lacks the row: " + row);
  }
}
