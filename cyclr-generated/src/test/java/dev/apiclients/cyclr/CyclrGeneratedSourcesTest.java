package dev.apiclients.cyclr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.testing.UnusedImports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * What the templates write for Cyclr's spec, read from the generated sources. What they write for any spec is
 * codegen's FixtureClientTest.
 */
class CyclrGeneratedSourcesTest {
  private static final Path SOURCES = Paths.get("target/generated-sources/openapi/src/main/java");

  @Test
  void noGeneratedFileImportsANameItNeverUses() {
    assertEquals(Collections.emptyList(), UnusedImports.under(SOURCES));
  }

  @Test
  void retrofitJavadocSaysTheAccountHeaderIsSentOnlyThroughForAccount() throws Exception {
    String connectors = new String(Files.readAllBytes(SOURCES.resolve("dev/apiclients/cyclr/api/ConnectorsApi.java")),
        StandardCharsets.UTF_8);

    assertFalse(connectors.contains("the client also sends"), connectors);
    assertTrue(connectors.contains("Called through <code>cyclr.forAccount(accountId)</code>, the client sends the"
        + " account's API ID in <code>X-Cyclr-Account</code>"), connectors);
  }
}
