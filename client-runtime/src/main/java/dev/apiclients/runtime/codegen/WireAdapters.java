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
 * {@code java.time}, {@link UUID}, {@link BigDecimal}, {@link URI} and every {@link OpenEnum}.
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
        throw new JsonDataException(
            "Expected " + expected + " but was " + text + " at path " + pathOfValueJustRead(reader), e);
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
