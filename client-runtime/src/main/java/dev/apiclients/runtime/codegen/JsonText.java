package dev.apiclients.runtime.codegen;

import com.squareup.moshi.JsonEncodingException;
import java.io.IOException;
import java.util.Arrays;

/**
 * Checks that bytes are exactly one JSON text (RFC 8259: one value, with whitespace around it) and
 * measures how deep it nests, building nothing, in one pass. The Cyclis callback parser asks it
 * first, so that it can say in its own words where a body stops being JSON, and can tell JSON
 * nested deeper than Moshi reads from a body that is not JSON at all; the decoders ask it when
 * Moshi 1.11's strict mode refuses a body, to read valid JSON again leniently ({@link #isJson}).
 *
 * <p>Containers are counted on an explicit stack, not by recursion, so any depth is measured
 * without overflowing the Java stack. Bytes of 0x80 and above are taken as parts of UTF-8
 * characters without checking the sequences, as Moshi does (it replaces a bad sequence with
 * U+FFFD).
 */
public final class JsonText {
  private static final byte OBJECT = 1;
  private static final byte ARRAY = 2;

  private final byte[] bytes;
  private int pos;
  private byte[] open = new byte[32];
  private int depth;
  private int maxDepth;

  private JsonText(byte[] bytes, int from) {
    this.bytes = bytes;
    this.pos = from;
  }

  /**
   * Returns how many containers deep the one JSON value in {@code bytes}, from {@code from}, nests
   * (0 for a bare string, number or literal; 1 for {@code {}}).
   *
   * @throws Malformed saying what was found at which byte offset of {@code bytes}, and what JSON
   *     expects there
   */
  public static int depthOf(byte[] bytes, int from) throws Malformed {
    JsonText text = new JsonText(bytes, from);
    text.document();
    return text.maxDepth;
  }

  /**
   * Returns true when {@code bytes} are exactly one JSON text, after a UTF-8 byte order mark if
   * there is one (RFC 8259 allows a reader to skip it, as Retrofit's Moshi converter does).
   */
  public static boolean isJson(byte[] bytes) {
    boolean bom = bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    try {
      depthOf(bytes, bom ? 3 : 0);
      return true;
    } catch (Malformed e) {
      return false;
    }
  }

  /** One decode of a body, in Moshi's strict mode or its lenient one. */
  public interface Decode<T> {
    T read(boolean lenient) throws IOException;
  }

  /**
   * Decodes {@code bytes} strictly; when Moshi 1.11's strict mode refuses them as malformed, decodes
   * them again leniently if they are valid JSON. That mode misreads some valid integers (one whose
   * digits wrap past 2^64 to exactly 0, such as {@code 184467440737095516160}, looks to it like one
   * with a leading zero). What is not JSON keeps Moshi's refusal; a body that decodes strictly is
   * checked by nothing else.
   *
   * @param bytes the body {@code decode} reads
   */
  public static <T> T decodeStrictFirst(byte[] bytes, Decode<T> decode) throws IOException {
    try {
      return decode.read(false);
    } catch (JsonEncodingException refused) {
      if (!isJson(bytes)) {
        throw refused;
      }
      return decode.read(true);
    }
  }

  /** Why and where bytes are not one JSON text; the message is a sentence fragment for the parser's. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  private void document() throws Malformed {
    boolean complete = startValue();
    while (depth > 0) {
      complete = complete ? continueContainer() : startValue();
    }
    skipWhitespace();
    if (pos < bytes.length) {
      throw new Malformed("more follows the JSON document at byte " + pos + "; expected one document only");
    }
  }

  /**
   * Reads the start of a value: a whole scalar or empty container (true), or the opening of a
   * container whose first value comes next (false).
   */
  private boolean startValue() throws Malformed {
    skipWhitespace();
    int c = next("a value");
    switch (c) {
      case '{':
        return openContainer(OBJECT, '}');
      case '[':
        return openContainer(ARRAY, ']');
      case '"':
        string();
        return true;
      case 't':
        literal("true");
        return true;
      case 'f':
        literal("false");
        return true;
      case 'n':
        literal("null");
        return true;
      default:
        if (c == '-' || isDigit(c)) {
          number(c);
          return true;
        }
        throw unexpected(c, "a value");
    }
  }

  /**
   * Opens a container: true when it closes at once (empty, a complete value), false when its first
   * value (in an object, after the member's name) comes next.
   */
  private boolean openContainer(byte container, char close) throws Malformed {
    push(container);
    skipWhitespace();
    if (at(close)) {
      pos++;
      depth--;
      return true;
    }
    if (container == OBJECT) {
      memberName();
    }
    return false;
  }

  /**
   * After a value inside a container: a comma, then (in an object) the next member's name, so a
   * value comes next (false); or the container's end, which completes the container itself (true).
   */
  private boolean continueContainer() throws Malformed {
    boolean object = open[depth - 1] == OBJECT;
    String expected = object ? "',' or '}'" : "',' or ']'";
    skipWhitespace();
    int c = next(expected);
    if (c == ',') {
      if (object) {
        skipWhitespace();
        memberName();
      }
      return false;
    }
    if (c == (object ? '}' : ']')) {
      depth--;
      return true;
    }
    throw unexpected(c, expected);
  }

  private void memberName() throws Malformed {
    int c = next("a member name in double quotes");
    if (c != '"') {
      throw unexpected(c, "a member name in double quotes");
    }
    string();
    skipWhitespace();
    c = next("':'");
    if (c != ':') {
      throw unexpected(c, "':'");
    }
  }

  /** The rest of a string whose opening quote was read. */
  private void string() throws Malformed {
    while (true) {
      int c = next("the rest of a string");
      if (c == '"') {
        return;
      }
      if (c == '\\') {
        int escaped = next("an escape sequence");
        if (escaped == 'u') {
          for (int i = 0; i < 4; i++) {
            int hex = next("a hex digit");
            if (!isDigit(hex) && !((hex | 0x20) >= 'a' && (hex | 0x20) <= 'f')) {
              throw unexpected(hex, "a hex digit");
            }
          }
        } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
          throw unexpected(escaped, "one of \" \\ / b f n r t u after a backslash");
        }
      } else if (c < 0x20) {
        throw unexpected(c, "a character; inside a string a control character must be escaped");
      }
    }
  }

  /** The rest of a number whose first character ({@code -} or a digit) was read. */
  private void number(int first) throws Malformed {
    int c = first;
    if (c == '-') {
      c = next("a digit");
      if (!isDigit(c)) {
        throw unexpected(c, "a digit");
      }
    }
    if (c != '0') {
      digits();
    }
    if (at('.')) {
      pos++;
      requireDigit();
      digits();
    }
    if (at('e') || at('E')) {
      pos++;
      if (at('+') || at('-')) {
        pos++;
      }
      requireDigit();
      digits();
    }
  }

  private void requireDigit() throws Malformed {
    int c = next("a digit");
    if (!isDigit(c)) {
      throw unexpected(c, "a digit");
    }
  }

  private void digits() {
    while (pos < bytes.length && isDigit(bytes[pos])) {
      pos++;
    }
  }

  /** The rest of {@code true}, {@code false} or {@code null}, whose first letter was read. */
  private void literal(String word) throws Malformed {
    for (int i = 1; i < word.length(); i++) {
      int c = next("'" + word + "'");
      if (c != word.charAt(i)) {
        throw unexpected(c, "'" + word + "'");
      }
    }
  }

  private void push(byte container) {
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
    }
    open[depth++] = container;
    maxDepth = Math.max(maxDepth, depth);
  }

  private void skipWhitespace() {
    while (pos < bytes.length
        && (bytes[pos] == ' ' || bytes[pos] == '\n' || bytes[pos] == '\r' || bytes[pos] == '\t')) {
      pos++;
    }
  }

  private boolean at(char c) {
    return pos < bytes.length && bytes[pos] == c;
  }

  /** The next byte, unsigned; the end of the bytes where {@code expected} should be is an error. */
  private int next(String expected) throws Malformed {
    if (pos == bytes.length) {
      throw new Malformed("it ends at byte " + pos + "; expected " + expected);
    }
    return bytes[pos++] & 0xff;
  }

  /** The byte just read is not what JSON allows there. */
  private Malformed unexpected(int c, String expected) {
    return new Malformed("unexpected " + describe(c) + " at byte " + (pos - 1) + "; expected " + expected);
  }

  private static String describe(int c) {
    if (c > ' ' && c < 0x7f) {
      return "'" + (char) c + "'";
    }
    String hex = String.format("0x%02x", c);
    return c < ' ' || c == 0x7f ? "control character " + hex : c == ' ' ? "a space" : "byte " + hex;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
