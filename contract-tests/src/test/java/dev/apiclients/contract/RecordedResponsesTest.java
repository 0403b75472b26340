package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.codegen.WireAdapters;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded answer under {@code recorded/<api>/}, replayed through the generated client: it
 * decodes to what the recording expects, it satisfies the spec, and the client's models keep every
 * member of it (so a field the provider sends and the spec forgot shows up here, not in production).
 */
class RecordedResponsesTest {
  private static final Map<ApiUnderTest, OpenApiInteractionValidator> VALIDATORS = new EnumMap<>(ApiUnderTest.class);
  /** A replay is deterministic; the three checks of a recording share one. */
  private static final Map<String, Replay> REPLAYS = new HashMap<>();

  static Stream<Recording> recordings() {
    return Arrays.stream(ApiUnderTest.values()).flatMap(api -> Recording.all(api).stream());
  }

  static Stream<Recording> successBodies() {
    return recordings().filter(r -> r.isSuccess() && r.body() != null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordings")
  void decodesToWhatTheRecordingExpects(Recording recording) throws Exception {
    Replay replay = replay(recording);

    if (!recording.expect().containsKey("exception")) {
      assertNull(replay.failure(), () -> recording + " should decode, but: " + replay.failure());
      if (recording.body() != null) {
        assertNotNull(replay.body(), recording + " has a body; the client returned none");
      } else {
        assertNull(replay.body(), recording + " has no body; the client returned one");
      }
      return;
    }
    assertNotNull(replay.failure(), recording + " is an error; the client returned " + replay.body());
    assertEquals("dev.apiclients.runtime." + recording.expected("exception"),
        replay.failure().getClass().getCanonicalName());
    ApiHttpException e = (ApiHttpException) replay.failure();
    assertEquals(recording.status(), e.statusCode());
    assertEquals(recording.expect().get("errorCode"), e.errorCode());
    assertEquals(recording.expected("errorMessage"), e.errorMessage());
    assertEquals(recording.expected("message"), e.getMessage());
    assertEquals(recording.body(), e.rawBody());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordings")
  void satisfiesTheSpec(Recording recording) throws Exception {
    Replay replay = replay(recording);
    SimpleResponse.Builder response = SimpleResponse.Builder.status(recording.status());
    recording.headers().forEach(response::withHeader);
    if (recording.body() != null) {
      response.withBody(recording.body());
    }

    ValidationReport report = validator(recording.api())
        .validateResponse(replay.path(), Request.Method.valueOf(replay.method()), response.build());

    List<String> errors = SpecValidators.errorsOtherThanUnlistedMembers(report);
    assertTrue(errors.isEmpty(), () -> recording + " breaks " + recording.api().specUrl() + " (answer to "
        + replay.method() + " " + replay.path() + "):\n  " + String.join("\n  ", errors) + "\n");
    // Members the spec does not list are allowed (clients must ignore them), but only where the
    // recording says it carries them on purpose: anywhere else they are a field the spec forgot.
    assertEquals(new TreeSet<>(recording.expectedDropped()), new TreeSet<>(SpecValidators.unlistedMembers(report)),
        () -> recording + ": the members the spec does not list are not the ones expect.dropped names");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("successBodies")
  void keepsEveryPropertyWhenReencoded(Recording recording) throws Exception {
    Replay replay = replay(recording);
    String reencoded = WireAdapters.moshi().adapter(replay.bodyType()).toJson(replay.body());

    JsonTree.Comparison comparison = JsonTree.compare(JsonTree.parse(recording.body()), JsonTree.parse(reencoded));

    assertEquals(new TreeSet<>(recording.expectedDropped()), new TreeSet<>(comparison.dropped()),
        () -> recording + ": the members the models dropped (the spec does not list them) are not the ones the"
            + " recording's expect.dropped names; re-encoded: " + reencoded);
    assertEquals(List.of(), comparison.differences(), () -> recording + " changed when re-encoded: " + reencoded);
  }

  private static synchronized Replay replay(Recording recording) throws Exception {
    Replay replay = REPLAYS.get(recording.toString());
    if (replay == null) {
      replay = Replay.of(recording);
      REPLAYS.put(recording.toString(), replay);
    }
    return replay;
  }

  private static synchronized OpenApiInteractionValidator validator(ApiUnderTest api) {
    return VALIDATORS.computeIfAbsent(api, SpecValidators::strict);
  }
}
