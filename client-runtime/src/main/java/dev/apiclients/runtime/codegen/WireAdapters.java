package dev.apiclients.runtime.codegen;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.apiclients.runtime.OpenEnum;
import dev.apiclients.runtime.internal.Decimals;
import dev.apiclients.runtime.internal.IsoDateTimes;
import dev.apiclients.runtime.internal.NumberBounds;
import dev.apiclients.runtime.internal.Uuids;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Moshi adapters for the value types the generated models use and Moshi 1.11 does not know:
 * {@code java.time}, {@link UUID}, {@link BigDecimal}, {@link URI} and every {@link OpenEnum}; and
 * for the numbers it does know ({@code int}, {@code long}, {@code double}, boxed or not), read
 * within {@link NumberBounds}: Moshi reads a long that does not fit through {@code new BigDecimal}
 * of any length, and puts a number of any length into its messages.
 */
public final class WireAdapters implements JsonAdapter.Factory {
  public static final WireAdapters INSTANCE = new WireAdapters();

  private WireAdapters() {}

  /** Returns the Moshi instance every generated client decodes with. */
  public static Moshi moshi() {
    return new Moshi.Builder().add(INSTANCE).build();
  }

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (raw == OffsetDateTime.class) {
      return new TextAdapter<>("an ISO-8601 date-time with offset, e.g. 2019-08-24T14:15:22Z",
          IsoDateTimes::offsetDateTime).nullSafe();
    }
    if (raw == LocalDateTime.class) {
      return new TextAdapter<>("an ISO-8601 date-time without zone, e.g. 2017-02-09T16:23:08",
          IsoDateTimes::localDateTime).nullSafe();
    }
    if (raw == LocalDate.class) {
      return new TextAdapter<>("an ISO-8601 date, e.g. 2016-12-09", LocalDate::parse).nullSafe();
    }
    if (raw == UUID.class) {
      return new TextAdapter<>("a UUID", Uuids::parse).nullSafe();
    }
    if (raw == URI.class) {
      return new TextAdapter<>("a URI", URI::create).nullSafe();
    }
    if (raw == BigDecimal.class) {
      return new DecimalAdapter().nullSafe();
    }
    if (raw == int.class || raw == Integer.class) {
      return raw == int.class ? IntAdapter.INSTANCE : IntAdapter.INSTANCE.nullSafe();
    }
    if (raw == long.class || raw == Long.class) {
      return raw == long.class ? LongAdapter.INSTANCE : LongAdapter.INSTANCE.nullSafe();
    }
    if (raw == double.class || raw == Double.class) {
      // Also what Moshi's adapter of Object (free-form members) reads every number with.
      return raw == double.class ? DoubleAdapter.INSTANCE : DoubleAdapter.INSTANCE.nullSafe();
    }
    if (OpenEnum.class.isAssignableFrom(raw)) {
      return new OpenEnumAdapter(raw).nullSafe();
    }
    if (type instanceof Class && !raw.isInterface() && !raw.getName().startsWith("java")
        && RequiredFields.hasRequiredFields(raw)) {
      return new RequiredCheckingAdapter<>(moshi.nextAdapter(this, type, annotations));
    }
    return null;
  }

  /** Moshi's adapter for a generated model, noting each decoded object that lacks a required field. */
  private static final class RequiredCheckingAdapter<T> extends JsonAdapter<T> {
    private final JsonAdapter<T> delegate;

    RequiredCheckingAdapter(JsonAdapter<T> delegate) {
      this.delegate = delegate;
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      T value = delegate.fromJson(reader);
      RequiredFields.checkDecoded(value);
      return value;
    }

    @Override
    public void toJson(JsonWriter writer, T value) throws IOException {
      delegate.toJson(writer, value);
    }
  }

  /**
   * The path of the value the reader has just consumed. Asking before every read would build a path
   * string per value, which costs more than the value; after the read, a value in an object still
   * has its path, but an array has moved on to the next index, so that one is taken back.
   */
  static String pathOfValueJustRead(JsonReader reader) {
    String path = reader.getPath();
    if (path.endsWith("]")) {
      int open = path.lastIndexOf('[');
      try {
        int index = Integer.parseInt(path.substring(open + 1, path.length() - 1));
        return path.substring(0, open + 1) + (index - 1) + "]";
      } catch (NumberFormatException e) {
        return path;
      }
    }
    return path;
  }

  /** {@code text} for a message: whole up to 64 characters, else its start and its length. */
  static String shown(String text) {
    return text.length() <= 64 ? text : text.substring(0, 32) + "... (" + text.length() + " characters)";
  }

  /**
   * Why {@code text} is not {@code expected}, at the path of the value just read; a bound the text
   * exceeds ({@code cause} a {@link NumberBounds.Exceeded}) ends the message.
   */
  private static JsonDataException notA(String expected, String text, JsonReader reader, RuntimeException cause) {
    String reason = cause instanceof NumberBounds.Exceeded ? ": " + cause.getMessage() : "";
    return new JsonDataException(
        "Expected " + expected + " but was " + shown(text) + " at path " + pathOfValueJustRead(reader) + reason, cause);
  }

  private interface Parser<T> {
    T parse(String text);
  }

  /** A value written as a JSON string, parsed with a factory method. */
  private static class TextAdapter<T> extends JsonAdapter<T> {
    private final String expected;
    private final Parser<T> parser;

    TextAdapter(String expected, Parser<T> parser) {
      this.expected = expected;
      this.parser = parser;
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return parser.parse(text);
      } catch (RuntimeException e) {
        throw notA(expected, text, reader, e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, T value) throws IOException {
      writer.value(value.toString());
    }
  }

  /** Money and other decimals: read from the number's text so no digit goes through a double. */
  private static final class DecimalAdapter extends TextAdapter<BigDecimal> {
    DecimalAdapter() {
      super("a decimal number", Decimals::parse);
    }

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
      writer.value(value);
    }
  }

  /**
   * {@code int}s as Moshi reads them while the value is one, which costs nothing more. A value that
   * is not (too large, a fraction, text, a number Moshi's strict mode misread and a lenient reading
   * of valid JSON gives as text) is read again as text, which Moshi leaves unread when {@code
   * nextInt()} fails (its own tests hold it to that), and parsed exactly within {@link
   * NumberBounds}, so the message names the bound and does not repeat 400,000 digits.
   */
  private static final class IntAdapter extends JsonAdapter<Integer> {
    static final IntAdapter INSTANCE = new IntAdapter();

    @Override
    public Integer fromJson(JsonReader reader) throws IOException {
      try {
        return reader.nextInt();
      } catch (JsonDataException notAnInt) {
        JsonReader.Token token = reader.peek();
        if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
          throw notAnInt;
        }
        String text = reader.nextString();
        try {
          return NumberBounds.decimal(text).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
          throw notA("an int", text, reader, e);
        }
      }
    }

    @Override
    public void toJson(JsonWriter writer, Integer value) throws IOException {
      writer.value(value.intValue());
    }
  }

  /**
   * {@code long}s, read as text and parsed within {@link NumberBounds}: Moshi's own {@code
   * nextLong()} parses a value that does not fit with {@code new BigDecimal}, at any length. The
   * text costs a small allocation per value, and the specs have few longs (a token's lifetime).
   */
  private static final class LongAdapter extends JsonAdapter<Long> {
    static final LongAdapter INSTANCE = new LongAdapter();
    /** The most characters of a long: a minus and 19 digits. */
    private static final int MAX_PLAIN = 20;

    @Override
    public Long fromJson(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
        return reader.nextLong(); // Moshi's own message: "Expected a long but was BOOLEAN at path $.a".
      }
      String text = reader.nextString();
      if (text.length() <= MAX_PLAIN) {
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException notPlain) {
          // An exponent, a fraction, or too large: the exact parse below says which.
        }
      }
      try {
        return NumberBounds.decimal(text).longValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        throw notA("a long", text, reader, e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, Long value) throws IOException {
      writer.value(value.longValue());
    }
  }

  /**
   * {@code double}s, read as text within {@link NumberBounds#MAX_LENGTH}, and finite even when read
   * leniently: Moshi's strict mode refuses a number beyond a double ({@code 1e400}) as an infinity,
   * but its lenient mode, in which valid JSON that strict mode misreads is read again, would keep
   * the infinity.
   */
  private static final class DoubleAdapter extends JsonAdapter<Double> {
    static final DoubleAdapter INSTANCE = new DoubleAdapter();

    @Override
    public Double fromJson(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
        return reader.nextDouble(); // Moshi's own message: "Expected a double but was BOOLEAN at path $.a".
      }
      String text = reader.nextString();
      double value;
      try {
        NumberBounds.checkLength(text);
        value = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw notA("a double", text, reader, e);
      }
      if (Double.isInfinite(value)) {
        throw new JsonDataException("Expected a double but was " + shown(text) + " at path "
            + pathOfValueJustRead(reader) + ": beyond the range of a double");
      }
      if (Double.isNaN(value)) {
        throw notA("a double", text, reader, null);
      }
      return value;
    }

    @Override
    public void toJson(JsonWriter writer, Double value) throws IOException {
      writer.value(value.doubleValue());
    }
  }

  /**
   * Reads any generated open enum through its static {@code of(String)} factory. A value that is one
   * of the type's constants is matched on the reader's bytes ({@link JsonReader#selectString}), so it
   * costs neither a string nor a reflective call; any other value (unknown, escaped, a number) is
   * read as text and given to {@code of}, as before.
   */
  private static final class OpenEnumAdapter extends JsonAdapter<OpenEnum> {
    private final Method of;
    private final OpenEnum[] constants;
    private final JsonReader.Options constantValues;

    OpenEnumAdapter(Class<?> type) {
      try {
        this.of = type.getMethod("of", String.class);
        this.of.setAccessible(true); // Nested generated types may sit in non-public classes.
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type + " lacks a static of(String) factory", e);
      }
      this.constants = constantsOf(type);
      String[] values = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        values[i] = constants[i].value();
      }
      this.constantValues = JsonReader.Options.of(values);
    }

    /** The type's static constants that {@code of} itself returns for their value, in declaration order. */
    private OpenEnum[] constantsOf(Class<?> type) {
      List<OpenEnum> found = new ArrayList<>();
      Set<String> values = new HashSet<>();
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) || !Modifier.isFinal(field.getModifiers())
            || field.getType() != type) {
          continue;
        }
        field.setAccessible(true);
        try {
          OpenEnum constant = (OpenEnum) field.get(null);
          if (constant != null && values.add(constant.value()) && of(constant.value()) == constant) {
            found.add(constant);
          }
        } catch (IllegalAccessException | IOException e) {
          throw new IllegalStateException("Cannot read " + field, e);
        }
      }
      return found.toArray(new OpenEnum[0]);
    }

    @Override
    public OpenEnum fromJson(JsonReader reader) throws IOException {
      int index = reader.selectString(constantValues);
      return index >= 0 ? constants[index] : of(reader.nextString());
    }

    private OpenEnum of(String text) throws IOException {
      try {
        return (OpenEnum) of.invoke(null, text);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot create " + of.getDeclaringClass().getName(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, OpenEnum value) throws IOException {
      writer.value(value.value());
    }
  }
}
