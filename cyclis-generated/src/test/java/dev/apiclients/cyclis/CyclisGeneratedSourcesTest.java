package dev.apiclients.cyclis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.apiclients.runtime.testing.UnusedImports;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * The generated sources import no name they never use, for Cyclis's spec (the services' javadoc and the
 * other template checks run once, on a fixture spec, in codegen's FixtureClientTest).
 */
class CyclisGeneratedSourcesTest {
  private static final Path SOURCES = Paths.get("target/generated-sources/openapi/src/main/java");

  @Test
  void noGeneratedFileImportsANameItNeverUses() {
    assertEquals(Collections.emptyList(), UnusedImports.under(SOURCES));
  }
}
