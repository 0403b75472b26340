package dev.apiclients.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Both ways of holding a body (copied out when small, shared segments when large) keep it whole. */
class RawBodyTest {
  private static final MediaType JSON = MediaType.get("application/json");

  @Test
  void smallBodyDecodesAndStaysWholeForTheErrorText() throws Exception {
    assertKeptWhole("{\"name\":\"Riese & Müller\"}");
  }

  @Test
  void bodyLargerThanTheSegmentPoolDecodesAndStaysWholeForTheErrorText() throws Exception {
    StringBuilder large = new StringBuilder("{\"padding\":\"");
    while (large.length() < 200_000) {
      large.append("Müller ");
    }
    assertKeptWhole(large.append("\"}").toString());
  }

  @Test
  void whiteSpaceOnlyIsBlankAndAnythingElseIsNot() throws Exception {
    assertTrue(read(" \r\n\t ").isBlank());
    assertTrue(read("").isBlank());
    assertFalse(read("  {}").isBlank());
  }

  @Test
  void textUsesTheCharsetTheContentTypeNames() throws Exception {
    byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
    RawBody raw = RawBody.read(new Buffer().write(latin1));

    assertEquals("café", raw.text(MediaType.get("text/plain; charset=ISO-8859-1")));
    assertEquals("café", RawBody.read(new Buffer().writeUtf8("café")).text(null));
  }

  private static void assertKeptWhole(String body) throws Exception {
    RawBody raw = read(body);

    assertEquals(body.getBytes(StandardCharsets.UTF_8).length, raw.size());
    assertEquals(body, raw.decodingSource().readUtf8());
    // The decoder has read it all; the text for an exception is still the whole body, twice over.
    assertEquals(body, raw.text(JSON));
    assertEquals(body, raw.text(JSON));
    assertEquals(body, raw.decodingSource().readUtf8());
  }

  private static RawBody read(String body) throws Exception {
    return RawBody.read(new Buffer().writeUtf8(body));
  }
}
