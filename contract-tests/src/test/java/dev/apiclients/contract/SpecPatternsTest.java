package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.squareup.moshi.JsonAdapter;
import dev.apiclients.runtime.codegen.HeaderValues;
import dev.apiclients.runtime.codegen.WireAdapters;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code pattern} in both specs accepts only values the clients can use: a mock server or a
 * provider that sends a value valid against the spec must never send one the client then rejects
 * (Prism's {@code --dynamic} answers once carried months like 85 and hours like 79). Values are
 * generated from each pattern the way a mock server makes them, every alternative of the pattern is
 * taken, and each value goes through the client's own decoder for the schema's format. The other
 * way round, every real calendar date and time of the day must match, so the pattern is not merely
 * strict but exact.
 */
class SpecPatternsTest {
  private static final int SAMPLES = 20_000;

  /**
   * What a pattern's values must be usable as: by its location if listed there, otherwise by the
   * schema's {@code format}. A pattern found in neither fails the test: say here what its values
   * must be. A location is the JSON pointer with each parameter named rather than numbered ({@code
   * parameters[updated_since]}), so that reordering a list of parameters does not lose a pattern.
   */
  private static final Map<String, Kind> KIND_BY_FORMAT = Map.of(
      "local-date-time", Kind.LOCAL_DATE_TIME,
      "date-time", Kind.OFFSET_DATE_TIME,
      "date", Kind.LOCAL_DATE);
  private static final Map<String, Kind> KIND_BY_LOCATION = Map.of(
      "/paths/~1orders/get/parameters[updated_since]/schema", Kind.LOCAL_DATE_OR_DATE_TIME,
      "/components/schemas/TokenResponse/properties/token_type", Kind.BEARER_IN_ANY_CASE,
      "/components/schemas/TokenResponse/properties/access_token", Kind.HEADER_VALUE);

  static Stream<SpecPattern> patterns() {
    List<SpecPattern> patterns = new ArrayList<>();
    for (ApiUnderTest api : ApiUnderTest.values()) {
      collect(api, "", "", read(api), patterns);
    }
    return patterns.stream();
  }

  @Test
  void aParametersPatternIsFoundByNameWhereverItStands() {
    JsonNode spec = read(ApiUnderTest.CYCLIS);
    ArrayNode parameters = (ArrayNode) spec.at("/paths/~1orders/get/parameters");
    List<JsonNode> reversed = new ArrayList<>();
    parameters.forEach(reversed::add);
    Collections.reverse(reversed);
    parameters.removeAll();
    parameters.addAll(reversed);

    List<SpecPattern> patterns = new ArrayList<>();
    collect(ApiUnderTest.CYCLIS, "", "", spec, patterns);

    assertEquals(List.of("/paths/~1orders/get/parameters/0/schema"), patterns.stream()
        .filter(p -> p.kind() == Kind.LOCAL_DATE_OR_DATE_TIME).map(SpecPattern::pointer).toList());
  }

  @Test
  void bothSpecsHaveDatePatterns() {
    // Guards the walk below: a spec with no pattern found would make every other test vacuous.
    assertTrue(patterns().filter(p -> p.api() == ApiUnderTest.CYCLR && p.kind() == Kind.LOCAL_DATE_TIME).count() >= 5);
    assertEquals(1, patterns().filter(p -> p.kind() == Kind.LOCAL_DATE_OR_DATE_TIME).count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void everyValueThePatternAllowsIsOneTheClientCanUse(SpecPattern spec) {
    PatternSampler sampler = new PatternSampler(spec.pattern());
    Pattern regex = Pattern.compile(spec.pattern());
    Random random = new Random(spec.pointer().hashCode());

    for (int i = 0; i < SAMPLES; i++) {
      String value = sampler.sample(random);
      assertTrue(regex.matcher(value).matches(), () -> "the sampler made '" + value + "', which "
          + spec.pattern() + " does not match");
      try {
        spec.kind().check(value);
      } catch (IOException | RuntimeException | AssertionError e) {
        fail(spec + " allows '" + value + "', which the client cannot use: " + e, e);
      }
    }
    assertEquals(List.of(), sampler.untakenAlternatives(), "alternatives of " + spec + " never sampled");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void everyCalendarDateAndTimeMatches(SpecPattern spec) {
    Pattern regex = Pattern.compile(spec.pattern());
    List<String> rejected = new ArrayList<>();
    switch (spec.kind()) {
      case LOCAL_DATE_TIME:
      case LOCAL_DATE_OR_DATE_TIME:
        // Every day of four centuries (leap rules of 1700, 1900, 2000 and 2100 included) at one
        // time, then every minute of one day at seconds 00 and 59.
        for (LocalDate day = LocalDate.of(1700, 1, 1); day.getYear() <= 2100; day = day.plusDays(1)) {
          expectMatch(regex, day + "T12:34:56", rejected);
          if (spec.kind() == Kind.LOCAL_DATE_OR_DATE_TIME) {
            expectMatch(regex, day.toString(), rejected);
          }
        }
        for (int minute = 0; minute < 24 * 60; minute++) {
          String time = String.format(Locale.ROOT, "2016-02-29T%02d:%02d:", minute / 60, minute % 60);
          expectMatch(regex, time + "00", rejected);
          expectMatch(regex, time + "59", rejected);
        }
        if (spec.kind() == Kind.LOCAL_DATE_TIME) {
          expectMatch(regex, "2016-11-18T10:50:45.6509216", rejected);
          expectMatch(regex, "2016-11-18T10:50:45.6", rejected);
        }
        break;
      case BEARER_IN_ANY_CASE:
        expectMatch(regex, "bearer", rejected);
        expectMatch(regex, "Bearer", rejected);
        expectMatch(regex, "BEARER", rejected);
        break;
      default:
        return;
    }
    assertEquals(List.of(), rejected.subList(0, Math.min(10, rejected.size())), spec + " rejects real values");
  }

  @Test
  void patternsRejectValuesNoCalendarHas() {
    Pattern localDateTime = patterns().filter(p -> p.kind() == Kind.LOCAL_DATE_TIME).findFirst().orElseThrow().regex();
    for (String impossible : List.of("2017-13-09T16:23:08", "2017-00-09T16:23:08", "2017-02-30T16:23:08",
        "2017-04-31T16:23:08", "2017-02-29T16:23:08", "1900-02-29T16:23:08", "2017-02-09T24:00:00",
        "2017-02-09T16:60:08", "2017-02-09T16:23:60", "2017-85-09T79:23:08", "2017-02-09T16:23:08.12345678")) {
      assertFalse(localDateTime.matcher(impossible).matches(), impossible);
    }
  }

  private static void expectMatch(Pattern regex, String value, List<String> rejected) {
    if (!regex.matcher(value).matches()) {
      rejected.add(value);
    }
  }

  /** Walks the tree; {@code location} is {@code pointer} with parameters named (see KIND_BY_LOCATION). */
  private static void collect(ApiUnderTest api, String pointer, String location, JsonNode node, List<SpecPattern> out) {
    if (node.isObject()) {
      JsonNode pattern = node.get("pattern");
      if (pattern != null && pattern.isTextual()) {
        out.add(new SpecPattern(api, pointer, pattern.asText(), kind(api, pointer, location, node)));
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey().replace("~", "~0").replace("/", "~1");
        collect(api, pointer + "/" + name, location + "/" + name, field.getValue(), out);
      }
    } else if (node.isArray()) {
      boolean parameters = pointer.endsWith("/parameters");
      for (int i = 0; i < node.size(); i++) {
        JsonNode name = node.get(i).get("name");
        String element = parameters && name != null && name.isTextual() ? "[" + name.asText() + "]" : "/" + i;
        collect(api, pointer + "/" + i, location + element, node.get(i), out);
      }
    }
  }

  private static Kind kind(ApiUnderTest api, String pointer, String location, JsonNode schema) {
    JsonNode format = schema.get("format");
    Kind kind = KIND_BY_LOCATION.containsKey(location) || format == null
        ? KIND_BY_LOCATION.get(location) : KIND_BY_FORMAT.get(format.asText());
    if (kind == null) {
      throw new IllegalStateException(api.provider() + " has a pattern at " + pointer + " (" + location
          + ") that SpecPatternsTest does not know: say in KIND_BY_LOCATION what its values must be");
    }
    return kind;
  }

  private static JsonNode read(ApiUnderTest api) {
    try (InputStream in = ApiUnderTest.resource("openapi/" + api.provider() + ".yaml").openStream()) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One {@code pattern} of a spec and what its values must be. */
  record SpecPattern(ApiUnderTest api, String pointer, String pattern, Kind kind) {
    Pattern regex() {
      return Pattern.compile(pattern);
    }

    @Override
    public String toString() {
      return api.provider() + " " + pointer + " (" + kind + ")";
    }
  }

  /** What a pattern's values must be, checked with the decoder the client uses for them. */
  enum Kind {
    LOCAL_DATE_TIME(value -> decode(LocalDateTime.class, value)),
    OFFSET_DATE_TIME(value -> decode(OffsetDateTime.class, value)),
    LOCAL_DATE(value -> decode(LocalDate.class, value)),
    /** Cyclis' {@code updated_since}: a date, or a local date-time without fraction. */
    LOCAL_DATE_OR_DATE_TIME(value -> decode(value.contains("T") ? LocalDateTime.class : LocalDate.class, value)),
    /** OAuth's {@code token_type}: the client accepts {@code bearer} in any case. */
    BEARER_IN_ANY_CASE(value -> assertEquals("bearer", value.toLowerCase(Locale.ROOT))),
    /** An access token: sent back as {@code Authorization: Bearer <token>}. */
    HEADER_VALUE(value -> assertTrue(HeaderValues.isVisibleAscii(value), value));

    private final Check check;

    Kind(Check check) {
      this.check = check;
    }

    void check(String value) throws IOException {
      check.check(value);
    }

    /** Fails unless {@code value} is one the client accepts. */
    private interface Check {
      void check(String value) throws IOException;
    }

    private static void decode(Class<?> type, String value) throws IOException {
      JsonAdapter<?> adapter = WireAdapters.moshi().adapter(type);
      Object decoded = adapter.fromJson("\"" + value + "\"");
      if (decoded == null) {
        throw new AssertionError("decoded to null");
      }
    }
  }
}
