package dev.apiclients.benchmarks;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okio.Buffer;

/**
 * The decoding limit: Moshi's {@link JsonReader} walking every token of a body and building
 * nothing. Names are skipped (a decoder can match them without making a string, as Moshi's {@code
 * selectName} does); every value is read as text, since a decoder must at least look at it.
 */
final class TokenOnlyReading {
  private TokenOnlyReading() {}

  /** Returns the number of tokens read, so the work cannot be optimized away. */
  static int read(byte[] body) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(body));
    int tokens = 0;
    while (true) {
      tokens++;
      switch (reader.peek()) {
        case BEGIN_OBJECT:
          reader.beginObject();
          break;
        case END_OBJECT:
          reader.endObject();
          break;
        case BEGIN_ARRAY:
          reader.beginArray();
          break;
        case END_ARRAY:
          reader.endArray();
          break;
        case NAME:
          reader.skipName();
          break;
        case STRING:
        case NUMBER:
          reader.nextString();
          break;
        case BOOLEAN:
          reader.nextBoolean();
          break;
        case NULL:
          reader.nextNull();
          break;
        case END_DOCUMENT:
          return tokens;
        default:
          throw new IllegalStateException("Unexpected token " + reader.peek());
      }
    }
  }
}
