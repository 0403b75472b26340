package dev.apiclients.cyclis;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import dev.apiclients.cyclis.model.CompanyAccessChangedEvent;
import dev.apiclients.cyclis.model.OrderChangedEvent;
import dev.apiclients.runtime.ApiDecodeException;
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
 *   answer 404 and stop;
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

  private CyclisCallbacks() {}

  /**
   * Reads a callback body as Cyclis sent it.
   *
   * @param body the request body's bytes
   * @return an {@link CyclisCallbackEvent.OrderChanged}, a {@link
   *     CyclisCallbackEvent.CompanyAccessChanged}, or, for any other well-formed JSON (a new kind, a
   *     known kind without its {@code data.id}), a {@link CyclisCallbackEvent.Unknown} that says why
   * @throws ApiDecodeException when the body is empty, is not JSON, holds more than one JSON value, or
   *     nests deeper than 255 levels; {@link ApiDecodeException#rawBody()} keeps the body
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
   * @throws ApiDecodeException when the body is not one JSON value
   */
  public static CyclisCallbackEvent parse(String body) throws ApiDecodeException {
    Objects.requireNonNull(body, "body");
    return parse(body.getBytes(StandardCharsets.UTF_8), body);
  }

  private static CyclisCallbackEvent parse(byte[] body, String raw) throws ApiDecodeException {
    // A UTF-8 byte order mark is allowed before JSON (RFC 8259) and skipped, as Retrofit's converter does.
    boolean bom = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf;
    byte[] bytes = bom ? Arrays.copyOfRange(body, 3, body.length) : body;
    if (raw.trim().isEmpty() || (bom && bytes.length == 0)) {
      throw new ApiDecodeException("Callback body is empty: expected a JSON document", raw, null);
    }
    Kind kind = readKind(bytes, raw);
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
      event = adapter.fromJson(new Buffer().write(bytes));
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
   * Checks that the body is one JSON value and finds {@code data.type}. Values are skipped, not
   * read: reading them would reject valid JSON (a number beyond a double, a repeated member name).
   */
  private static Kind readKind(byte[] bytes, String raw) throws ApiDecodeException {
    JsonReader reader = JsonReader.of(new Buffer().write(bytes));
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
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new ApiDecodeException("Callback body is not one JSON document: more follows at "
            + reader.getPath(), raw, null);
      }
      return kind;
    } catch (ApiDecodeException e) {
      throw e;
    } catch (IOException e) {
      throw new ApiDecodeException("Callback body is not JSON: " + e.getMessage(), raw, e);
    } catch (JsonDataException e) {
      // Skipping reads no values, so this is Moshi's nesting limit; its message spells out the whole path.
      String message = String.valueOf(e.getMessage()).startsWith("Nesting too deep")
          ? "Callback body nests JSON deeper than 255 levels, more than it reads"
          : "Callback body could not be read: " + e.getMessage();
      throw new ApiDecodeException(message, raw, e);
    }
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
