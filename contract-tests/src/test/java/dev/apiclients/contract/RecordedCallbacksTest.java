package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.atlassian.oai.validator.report.ValidationReport;
import dev.apiclients.cyclis.CyclisCallbackEvent;
import dev.apiclients.cyclis.CyclisCallbacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each callback body under {@code src/test/resources/recorded/cyclis-callbacks/} satisfies its
 * callback's schema in the spec (the members it declares unlisted aside) and is read by {@link
 * CyclisCallbacks#parse} into the event the file expects, keeping the body whole.
 */
class RecordedCallbacksTest {
  private static final CallbackSchemas CALLBACKS = CallbackSchemas.of(ApiUnderTest.CYCLIS);

  static Stream<String> files() {
    try (Stream<Path> files = Files.list(ApiUnderTest.resourceDir("recorded/cyclis-callbacks"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .collect(Collectors.toList()).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @SuppressWarnings("unchecked")
  void bodyHonoursTheSpecAndParsesToTheExpectedEvent(String fileName) throws Exception {
    Map<String, Object> recording = (Map<String, Object>) JsonTree.parse(new String(
        Files.readAllBytes(ApiUnderTest.resourceDir("recorded/cyclis-callbacks").resolve(fileName)),
        StandardCharsets.UTF_8));
    Map<String, Object> expect = (Map<String, Object>) recording.get("expect");
    String body = JsonTree.write(recording.get("body"));

    if (!fileName.startsWith("unknown_")) {
      ValidationReport report = CALLBACKS.report(fileName.replaceFirst("(_[a-z0-9_]+)?\\.json$", ""), body);
      assertEquals(Collections.emptyList(), SpecValidators.errorsOtherThanUnlistedMembers(report));
      assertEquals(new TreeSet<>((List<String>) expect.getOrDefault("unlisted", Collections.emptyList())),
          new TreeSet<>(SpecValidators.unlistedMembers(report)));
    }

    CyclisCallbackEvent event = CyclisCallbacks.parse(body);
    assertEquals(body, event.rawJson());
    switch ((String) expect.get("event")) {
      case "OrderChanged":
        assertEquals(expect.get("id"), assertInstanceOf(CyclisCallbackEvent.OrderChanged.class, event).orderId());
        break;
      case "CompanyAccessChanged":
        CyclisCallbackEvent.CompanyAccessChanged change =
            assertInstanceOf(CyclisCallbackEvent.CompanyAccessChanged.class, event);
        assertEquals(expect.get("id"), change.companyId());
        assertEquals(expect.get("action"), change.action() == null ? null : change.action().value());
        break;
      default:
        assertEquals("Unknown", expect.get("event"));
        assertEquals(expect.get("kind"), assertInstanceOf(CyclisCallbackEvent.Unknown.class, event).kind());
    }
  }
}
