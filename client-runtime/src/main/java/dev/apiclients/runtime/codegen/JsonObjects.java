package dev.apiclients.runtime.codegen;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.math.BigDecimal;
import java.util.Map;

/** Lenient reading of JSON error bodies, for {@link dev.apiclients.runtime.ProviderError.Parser}s. */
public final class JsonObjects {
  private static final JsonAdapter<Map<String, Object>> OBJECT = new Moshi.Builder().build()
      .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private JsonObjects() {}

  /** Returns the body as a JSON object, or null when it is empty, not JSON or not an object. */
  public static Map<String, Object> parse(String body) {
    if (body == null || body.trim().isEmpty()) {
      return null;
    }
    try {
      return OBJECT.lenient().fromJson(body);
    } catch (Exception notAJsonObject) {
      return null;
    }
  }

  /** Returns {@code object.get(key)} when it is a JSON object, else null. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> child(Map<String, Object> object, String key) {
    Object value = object == null ? null : object.get(key);
    return value instanceof Map ? (Map<String, Object>) value : null;
  }

  /**
   * Returns {@code object.get(key)} as text when it is a string or a number a double can hold, else
   * null. A number beyond a double ({@code 1e400}, 400 digits) has no text: Moshi reads it as an
   * infinity.
   */
  public static String text(Map<String, Object> object, String key) {
    Object value = object == null ? null : object.get(key);
    if (value instanceof Double) {
      double number = (Double) value;
      if (Double.isInfinite(number) || Double.isNaN(number)) {
        return null;
      }
      // Moshi reads every JSON number as a Double: a code written 1001 would read "1001.0". A
      // finite double has at most 326 digits written out, so this text is bounded too.
      return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
    return value instanceof String ? (String) value : null;
  }
}
