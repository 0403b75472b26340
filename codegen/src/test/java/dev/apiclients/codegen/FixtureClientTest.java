package dev.apiclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the templates write, read from the client they generate from the fixture spec ({@link
 * FixtureClient}): the services' javadoc, the files of a client-internal tag, and which upstream
 * template ours was taken from. Run once here for both clients.
 */
class FixtureClientTest {
  private static Path api() {
    return FixtureClient.sources().resolve("dev/fixture/api");
  }

  @Test
  void serviceMethodsStartWithTheSummaryAsASentenceOfItsOwn() throws Exception {
    String things = read(api().resolve("ThingsApiService.java"));

    assertTrue(things.contains("   * Get a thing. Sends {@code GET /things/{id}} and waits for the answer;"), things);
    assertTrue(read(api().resolve("ThingsApiServiceAsync.java")).contains(
        "   * Get a thing. Enqueues {@code GET /things/{id}} and returns a future of the answer;"));
    assertEquals(Collections.emptyList(), firstJavadocLinesWithAStopBeforeAComma());
  }

  @Test
  void serviceClassJavadocNamesTheClientsAccessor() throws Exception {
    String things = read(api().resolve("ThingsApiService.java"));

    assertTrue(things.contains("{@code client.things()}"), things);
    assertFalse(things.contains("client.xxx()"), things);
    assertTrue(read(api().resolve("ThingsApiServiceAsync.java")).contains("{@code client.async().things()}"));
  }

  @Test
  void serviceMethodsListTheExceptionsOfTheirDocumentedStatusesAndTheRefusalsBeforeSending() throws Exception {
    String getThing = javadocBefore(read(api().resolve("ThingsApiService.java")), "getThing(");

    assertTrue(getThing.contains("@throws dev.apiclients.runtime.ApiHttpException.NotFoundException on HTTP 404:"), getThing);
    assertTrue(getThing.contains("@throws dev.apiclients.runtime.ApiConnectionException"), getThing);
    assertTrue(getThing.contains("@throws IllegalArgumentException before sending, when an argument is null"), getThing);
  }

  @Test
  void aTagOfClientInternalOperationsOnlyGetsItsRetrofitInterfaceButNoServices() {
    assertTrue(Files.isRegularFile(api().resolve("AuthApi.java")));
    assertFalse(Files.exists(api().resolve("AuthApiService.java")));
    assertFalse(Files.exists(api().resolve("AuthApiServiceAsync.java")));
  }

  /** Our fork of the generator's Retrofit interface template says which upstream version it was taken from. */
  @Test
  void apiTemplatesRecordedUpstreamVersionIsTheGeneratorThatRan() throws Exception {
    FixtureClient.sources();
    Matcher recorded = Pattern.compile("Our copy of openapi-generator (\\S+)'s Java/libraries/retrofit2/api.mustache")
        .matcher(read(FixtureClient.INPUT.resolve("templates/libraries/retrofit2/api.mustache")));
    String ran = read(FixtureClient.OUTPUT.resolve(".openapi-generator/VERSION")).trim();

    assertTrue(recorded.find(), "api.mustache does not say which upstream version it came from");
    assertEquals(ran, recorded.group(1),
        "api.mustache came from another generator version: diff upstream's template and update ours");
  }

  @Test
  void apiTemplateKeepsNoRxJavaBranches() throws Exception {
    FixtureClient.sources();
    String template = read(FixtureClient.INPUT.resolve("templates/libraries/retrofit2/api.mustache"));

    assertFalse(template.contains("{{#useRxJava"), "api.mustache has RxJava branches");
    assertFalse(template.contains("{{#doNotUseRx}}"), "api.mustache has RxJava branches");
  }

  private static List<String> firstJavadocLinesWithAStopBeforeAComma() throws Exception {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(api())) {
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
