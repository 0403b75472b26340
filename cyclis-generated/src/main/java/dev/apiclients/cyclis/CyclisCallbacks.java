package dev.apiclients.cyclis;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import dev.apiclients.cyclis.model.CompanyAccessChangedEvent;
import dev.apiclients.cyclis.model.OrderChangedEvent;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.codegen.JsonText;
import dev.apiclients.runtime.codegen.RequiredFields;
import dev.apiclients.runtime.codegen.WireAdapters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import okio.Buffer;

/**
 * Reads the callbacks Cyclis posts to the registered URL, and checks the secret that authenticates
 * them.
 *
 * <pre>{@code
 * if (!CyclisCallbacks.secretMatches(secret, secretFromTheRequestPath)) {
 *   return;                                                   // answer 404, as if nothing were here
 * }
 * CyclisCallbackEvent event = CyclisCallbacks.parse(body);  // ApiDecodeException if not JSON
 * queue.add(event);                                           // then answer 2xx at once
 * }</pre>
 *
 * <p>Cyclis does not document its payloads; the spec assumes JSON:API documents told apart by
 * {@code data.type}: {@code order} is an order change, {@code company} a company added to or
 * removed from the API key. Anything else that is JSON becomes {@link CyclisCallbackEvent.Unknown},
 * so a new kind of callback is never dropped.
 *
 * <p>Cyclis documents no signature either. The defence that works is a secret only Cyclis and you
 * know, carried in the URL you register ({@code https://hooks.example.com/cyclis/<secret>}, made
 * with {@link #newSecret()}, over HTTPS): compare it with {@link #secretMatches} and reject a
 * request without it. Keep the URL out of logs you share, and replace it ({@link
 * CallbackUrls#replace}) if it leaks.
 */
public final class CyclisCallbacks {
  private static final Moshi MOSHI = WireAdapters.moshi();
  private static final JsonAdapter<OrderChangedEvent> ORDER_CHANGED = MOSHI.adapter(OrderChangedEvent.class);
  private static final JsonAdapter<CompanyAccessChangedEvent> COMPANY_ACCESS_CHANGED =
      MOSHI.adapter(CompanyAccessChangedEvent.class);
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** The deepest nesting of containers Moshi's {@code JsonReader} reads; deeper, it throws. */
  private static final int MOSHI_MAX_DEPTH = 255;
  /**
   * The start of the reason of an {@link CyclisCallbackEvent.Unknown} event that Moshi could not read
   * although {@link JsonText} accepted it as JSON. Not expected to happen; the fuzz test looks for it.
   */
  static final String MOSHI_REFUSED = "Moshi could not read JSON the parser had checked: ";

  private CyclisCallbacks() {}

  /**
   * Reads a callback body as Cyclis sent it.
   *
   * @param body the request body's bytes
   * @return an {@link CyclisCallbackEvent.OrderChanged}, a {@link
   *     CyclisCallbackEvent.CompanyAccessChanged}, or, for any other well-formed JSON (a new kind, a
   *     known kind without its {@code data.id}, JSON nested deeper than the 255 levels Moshi reads),
   *     a {@link CyclisCallbackEvent.Unknown} that says why
   * @throws ApiDecodeException when the body is empty or is not exactly one JSON document (RFC
   *     8259): the message names the byte offset where it stops being JSON and what JSON expects
   *     there; {@link ApiDecodeException#rawBody()} keeps the body
   */
  public static CyclisCallbackEvent parse(byte[] body) throws ApiDecodeException {
    Objects.requireNonNull(body, "body");
    return parse(body, new String(body, StandardCharsets.UTF_8));
  }

  /**
   * Reads a callback body already decoded to text; see {@link #parse(byte[])}.
   *
   * @param body the request body as text
   * @return the typed event, or {@link CyclisCallbackEvent.Unknown} for other well-formed JSON
   * @throws ApiDecodeException when the body is not one JSON document; offsets count its UTF-8 bytes
   */
  public static CyclisCallbackEvent parse(String body) throws ApiDecodeException {
    Objects.requireNonNull(body, "body");
    return parse(body.getBytes(StandardCharsets.UTF_8), body);
  }

  private static CyclisCallbackEvent parse(byte[] body, String raw) throws ApiDecodeException {
    // A UTF-8 byte order mark is allowed before JSON (RFC 8259) and skipped, as Retrofit's converter does.
    boolean bom = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf;
    int start = bom ? 3 : 0;
    if (isBlank(body, start)) {
      throw new ApiDecodeException("Callback body is empty: expected a JSON document", raw, null);
    }
    // Our own check first: its errors say where and why in words a reader can act on (Moshi's suggest
    // setLenient), and it measures nesting at any depth, where Moshi stops at 255 levels.
    int depth;
    try {
      depth = JsonText.depthOf(body, start);
    } catch (JsonText.Malformed e) {
      throw new ApiDecodeException("Callback body is not JSON: " + e.getMessage(), raw, null);
    }
    if (depth > MOSHI_MAX_DEPTH) {
      return new CyclisCallbackEvent.Unknown(null, "the body nests JSON " + depth
          + " levels deep, deeper than the " + MOSHI_MAX_DEPTH + " levels Moshi reads: it cannot be typed", raw);
    }
    byte[] bytes = bom ? Arrays.copyOfRange(body, 3, body.length) : body;
    Kind kind = readKind(bytes);
    if (kind.problem != null) {
      return new CyclisCallbackEvent.Unknown(kind.type, kind.problem, raw);
    }
    if ("order".equals(kind.type)) {
      return typed(ORDER_CHANGED, bytes, raw, kind.type, "an order callback",
          event -> event.getData().getId(),
          (event, id) -> new CyclisCallbackEvent.OrderChanged(id, raw));
    }
    if ("company".equals(kind.type)) {
      return typed(COMPANY_ACCESS_CHANGED, bytes, raw, kind.type, "a company callback",
          event -> event.getData().getId(),
          (event, id) -> new CyclisCallbackEvent.CompanyAccessChanged(
              id, event.getMeta() == null ? null : event.getMeta().getAction(), raw));
    }
    return new CyclisCallbackEvent.Unknown(kind.type,
        "data.type '" + kind.type + "' is not a kind of callback this version knows (order, company)", raw);
  }

  /**
   * Decodes a body of a known kind into its generated model and makes the event from it, or an
   * {@link CyclisCallbackEvent.Unknown} naming what is wrong when the model cannot hold the body or
   * lacks what a receiver needs.
   */
  private static <T> CyclisCallbackEvent typed(JsonAdapter<T> adapter, byte[] bytes, String raw,
      String type, String what, Function<T, String> idOf, BiFunction<T, String, CyclisCallbackEvent> make) {
    T event;
    try {
      event = adapter.fromJson(checkedJsonReader(bytes));
    } catch (IOException | RuntimeException e) {
      return new CyclisCallbackEvent.Unknown(type, "not the shape of " + what + ": " + e.getMessage(), raw);
    }
    String missing = RequiredFields.firstMissing(event);
    if (missing != null) {
      return new CyclisCallbackEvent.Unknown(type, what + " without " + missing + " (required)", raw);
    }
    String id = idOf.apply(event);
    if (id.trim().isEmpty()) {
      return new CyclisCallbackEvent.Unknown(type, what + " with an empty data.id", raw);
    }
    return make.apply(event, id);
  }

  /**
   * Returns true when the secret presented with a callback request (a path segment or query
   * parameter of the registered URL) equals the expected one. The comparison takes the same time
   * wherever the two differ, so a caller cannot find the secret by timing guesses.
   *
   * @param expected the secret in the URL you registered; must not be null or empty
   * @param presented what the request carried; null (absent) never matches
   * @return true when the two secrets are equal
   */
  public static boolean secretMatches(String expected, String presented) {
    if (expected == null || expected.isEmpty()) {
      throw new IllegalArgumentException("The expected callback secret must not be null or empty");
    }
    if (presented == null) {
      return false;
    }
    // Digests first: MessageDigest.isEqual is constant-time only for inputs of equal length.
    return MessageDigest.isEqual(sha256(expected), sha256(presented));
  }

  /**
   * Returns a new random secret for the callback URL: 64 hex digits (256 bits from {@link
   * SecureRandom}), safe in a URL path or query.
   *
   * @return a new secret
   */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    char[] hex = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      hex[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(hex);
  }

  /** What the kind of a body is, read without building anything, and why it cannot be typed if so. */
  private static final class Kind {
    final String type;
    final String problem;

    Kind(String type, String problem) {
      this.type = type;
      this.problem = problem;
    }
  }

  /**
   * Finds {@code data.type} in a body {@link JsonText} accepted. Values are skipped, not read:
   * reading them would reject valid JSON (a number beyond a double, a repeated member name).
   */
  private static Kind readKind(byte[] bytes) {
    JsonReader reader = checkedJsonReader(bytes);
    try {
      Kind kind;
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        kind = new Kind(null, "the body is JSON " + describe(reader.peek()) + ", not an object");
        reader.skipValue();
      } else {
        kind = new Kind(null, "data.type is missing: cannot tell which kind of callback this is");
        reader.beginObject();
        while (reader.hasNext()) {
          if (reader.nextName().equals("data") && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
            kind = readDataType(reader);
          } else {
            reader.skipValue();
          }
        }
        reader.endObject();
      }
      return kind;
    } catch (IOException | JsonDataException e) {
      // Not expected: Moshi reads all JSON within its nesting limit. Should it refuse some, the
      // callback is kept as an event rather than thrown away.
      return new Kind(null, MOSHI_REFUSED + e.getMessage());
    }
  }

  /**
   * A reader of JSON that {@link JsonText} accepted. Lenient, because Moshi 1.11's strict mode refuses
   * some valid integers: one whose digits add up past 2^64 to exactly 0 (184467440737095516160) looks
   * to it like a number with a leading zero. The check already refused what is not JSON, so lenient
   * mode reads nothing it should not.
   */
  private static JsonReader checkedJsonReader(byte[] bytes) {
    JsonReader reader = JsonReader.of(new Buffer().write(bytes));
    reader.setLenient(true);
    return reader;
  }

  /** True when nothing but JSON whitespace follows {@code start}. */
  private static boolean isBlank(byte[] body, int start) {
    for (int i = start; i < body.length; i++) {
      if (body[i] != ' ' && body[i] != '\n' && body[i] != '\r' && body[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static Kind readDataType(JsonReader reader) throws IOException {
    Kind kind = new Kind(null, "data.type is missing: cannot tell which kind of callback this is");
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.nextName().equals("type") && reader.peek() == JsonReader.Token.STRING) {
        kind = new Kind(reader.nextString(), null);
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    return kind;
  }

  private static String describe(JsonReader.Token token) {
    switch (token) {
      case BEGIN_ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      default:
        return "null";
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
