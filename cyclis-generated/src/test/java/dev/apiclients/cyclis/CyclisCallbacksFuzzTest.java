package dev.apiclients.cyclis;

import static dev.apiclients.runtime.testing.FuzzedJson.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.testing.FuzzedJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Feeds arbitrary callback bodies to {@link CyclisCallbacks#parse}. Any bytes may give an event or an
 * {@link ApiDecodeException} that keeps the body; well-formed JSON must always give an event, since a
 * receiver that throws on a callback loses it. Anything else (an NPE, a bare JsonDataException, a
 * typed event without its id) is a finding.
 *
 * <p>{@code ./mvnw test} replays the inputs under {@code src/test/resources/.../CyclisCallbacksFuzzTestInputs}.
 * A real fuzzing run, one target at a time (the command and its findings: {@code docs/callbacks.md}):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B -ntp test -pl cyclis-generated -am -Dtest='CyclisCallbacksFuzzTest#anyBytes' \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=2m \
 *     -Djazzer.instrumentation_includes='dev.apiclients.**:com.squareup.moshi.**:okio.**'
 * }</pre>
 */
class CyclisCallbacksFuzzTest {
  private static final List<String> NAMES =
      Arrays.asList("data", "type", "id", "meta", "action", "attributes", "links", "included");
  private static final List<String> KINDS = Arrays.asList("order", "company", "invoice", "", "Order");

  @FuzzTest(maxDuration = "60s")
  void anyBytes(FuzzedDataProvider data) {
    byte[] body = data.consumeRemainingAsBytes();
    try {
      check(CyclisCallbacks.parse(body));
    } catch (ApiDecodeException e) {
      assertEquals(new String(body, StandardCharsets.UTF_8), e.rawBody());
    }
  }

  @FuzzTest(maxDuration = "60s")
  void anyValidJson(FuzzedDataProvider data) {
    String json = data.consumeBoolean() ? new FuzzedJson(data, NAMES).document() : callbackShaped(data);
    try {
      CyclisCallbackEvent event = CyclisCallbacks.parse(json);
      check(event);
      assertEquals(json, event.rawJson());
    } catch (ApiDecodeException e) {
      fail("Well-formed JSON was refused (" + e.getMessage() + "): " + json, e);
    }
  }

  /**
   * A document shaped like a callback, with {@code data.type} one of the known kinds (or not) and
   * every other value arbitrary: free JSON alone seldom spells {@code "order"} where it counts.
   */
  private static String callbackShaped(FuzzedDataProvider data) {
    FuzzedJson json = new FuzzedJson(data, NAMES);
    String type = data.pickValue(KINDS);
    String id = anyValue(data, json);
    String meta = data.consumeBoolean() ? "{\"action\":" + anyValue(data, json) + "}" : anyValue(data, json);
    return "{\"data\":{\"type\":" + quoted(type) + ",\"id\":" + id + "},\"meta\":" + meta
        + ",\"links\":" + anyValue(data, json) + "}";
  }

  private static String anyValue(FuzzedDataProvider data, FuzzedJson json) {
    switch (data.consumeInt(0, 5)) {
      case 0:
        return quoted(data.consumeString(40));
      case 1:
        return Long.toString(data.consumeLong());
      case 2:
        return "null";
      case 3:
        return json.document();
      case 4:
        return nested(data.consumeInt(1, 300), json.document());
      default:
        return Boolean.toString(data.consumeBoolean());
    }
  }

  /**
   * {@code value} inside {@code depth} arrays: valid JSON at any depth, also beyond the 255 levels
   * Moshi reads, which FuzzedJson alone (6 levels) never reaches.
   */
  private static String nested(int depth, String value) {
    return "[".repeat(depth) + value + "]".repeat(depth);
  }

  /** A typed event carries what a receiver acts on; an unknown one says why it is unknown. */
  private static void check(CyclisCallbackEvent event) {
    if (event instanceof CyclisCallbackEvent.OrderChanged) {
      assertFalse(((CyclisCallbackEvent.OrderChanged) event).orderId().trim().isEmpty());
    } else if (event instanceof CyclisCallbackEvent.CompanyAccessChanged) {
      assertFalse(((CyclisCallbackEvent.CompanyAccessChanged) event).companyId().trim().isEmpty());
    } else if (event instanceof CyclisCallbackEvent.Unknown) {
      String reason = ((CyclisCallbackEvent.Unknown) event).reason();
      assertFalse(reason.isEmpty());
      // The parser's JSON check and Moshi disagree: a defect, though the event was kept.
      assertFalse(reason.startsWith(CyclisCallbacks.MOSHI_REFUSED), reason);
    } else {
      fail("Not one of the three kinds of event: " + event);
    }
    event.toString();
  }
}
