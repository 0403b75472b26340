package dev.apiclients.cyclis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.testing.UnusedImports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the templates write, read from the generated sources: imports and the services' javadoc. */
class CyclisGeneratedSourcesTest {
  private static final Path SOURCES = Paths.get("target/generated-sources/openapi/src/main/java");
  private static final Path API = SOURCES.resolve("dev/apiclients/cyclis/api");

  @Test
  void noGeneratedFileImportsANameItNeverUses() {
    assertEquals(Collections.emptyList(), UnusedImports.under(SOURCES));
  }

  @Test
  void serviceMethodsStartWithTheSummaryAsASentenceOfItsOwn() throws Exception {
    String orders = read(API.resolve("OrdersApiService.java"));

    assertTrue(orders.contains("   * Get an order. Sends {@code GET /orders/{uuid}} and waits for the answer;"), orders);
    assertTrue(read(API.resolve("OrdersApiServiceAsync.java")).contains(
        "   * Get an order. Enqueues {@code GET /orders/{uuid}} and returns a future of the answer;"));
    assertEquals(Collections.emptyList(), firstJavadocLinesWithAStopBeforeAComma());
  }

  @Test
  void serviceClassJavadocNamesTheClientsAccessor() throws Exception {
    String orders = read(API.resolve("OrdersApiService.java"));

    assertTrue(orders.contains("{@code client.orders()}"), orders);
    assertFalse(orders.contains("client.xxx()"), orders);
    assertTrue(read(API.resolve("OrdersApiServiceAsync.java")).contains("{@code client.async().orders()}"));
  }

  @Test
  void serviceMethodsListTheExceptionsOfTheirDocumentedStatusesAndTheRefusalsBeforeSending() throws Exception {
    String getOrder = javadocBefore(read(API.resolve("OrdersApiService.java")), "public OrderDocument getOrder(");

    assertTrue(getOrder.contains("@throws dev.apiclients.runtime.ApiHttpException.NotFoundException on HTTP 404:"), getOrder);
    assertTrue(getOrder.contains("@throws dev.apiclients.runtime.ApiConnectionException"), getOrder);
    assertTrue(getOrder.contains("@throws IllegalArgumentException before sending, when an argument is null"), getOrder);
  }

  private static List<String> firstJavadocLinesWithAStopBeforeAComma() throws Exception {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(API)) {
      for (Path file : files.filter(f -> f.getFileName().toString().contains("ApiService")).collect(Collectors.toList())) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
          if (lines.get(i - 1).trim().equals("/**") && lines.get(i).matches(".*\\.[,:] .*")) {
            found.add(file.getFileName() + ": " + lines.get(i).trim());
          }
        }
      }
    }
    return found;
  }

  private static String javadocBefore(String source, String declaration) {
    int at = source.indexOf(declaration);
    return source.substring(source.lastIndexOf("/**", at), at);
  }

  private static String read(Path file) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
