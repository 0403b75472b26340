package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.apiclients.runtime.ProviderError;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link ProviderError.Parser} owes the error mapping: an answer for any body, never an
 * exception, so that a hostile error body still becomes the typed exception of its status. A client
 * module's parser test extends this with {@link #parser()}.
 */
public abstract class ErrorParserContract {
  /** The parser under test. */
  protected abstract ProviderError.Parser parser();

  static Stream<Arguments> hostileBodies() {
    return Stream.of(
        Arguments.of("a code beyond a double", "{\"error\":1e400,\"message\":\"m\"}"),
        Arguments.of("a negative code beyond a double", "{\"error\":-1e400}"),
        Arguments.of("a code whose scale is -100,000,000", "{\"error\":1e100000000}"),
        Arguments.of("a code of 400,000 digits", "{\"error\":" + HostileJson.digits(400_000) + "}"),
        Arguments.of("a code Moshi's strict mode refuses", "{\"error\":" + HostileJson.WRAPPING_INTEGER + "}"),
        Arguments.of("100,000 unclosed arrays", HostileJson.nestedArrays(100_000, false)),
        Arguments.of("100,000 nested arrays in the code", "{\"error\":" + HostileJson.nestedArrays(100_000, true) + "}"),
        Arguments.of("100,000 nested data objects",
            "{\"data\":".repeat(100_000) + "{}" + "}".repeat(100_000)),
        Arguments.of("a code of 1,000,000 characters", "{\"error\":" + HostileJson.longString(1_000_000) + "}"),
        Arguments.of("a message of 1,000,000 characters",
            "{\"Message\":" + HostileJson.longString(1_000_000) + ",\"message\":" + HostileJson.longString(1_000_000) + "}"),
        Arguments.of("a member name of 1,000,000 characters", "{" + HostileJson.longString(1_000_000) + ":1}"),
        Arguments.of("a number in every place a text is read",
            "{\"error\":1e400,\"message\":1e400,\"Message\":1e400,\"MessageDetail\":1e400,"
                + "\"error_description\":1e400,\"ModelState\":{\"f\":[1e400]},\"data\":1e400}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileBodies")
  void hostileBodyGivesAnAnswerNotAnException(String what, String body) {
    assertNotNull(parser().parse(body), what);
  }
}
