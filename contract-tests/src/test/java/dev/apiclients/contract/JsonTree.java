package dev.apiclients.contract;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okio.Buffer;

/**
 * JSON as plain Java values: {@link Map} (member order kept), {@link List}, {@link String}, {@link
 * BigDecimal}, {@link Boolean} and null. Numbers keep their exact digits, unlike Moshi's own tree
 * (doubles), so {@code 300} stays {@code 300} and a 64-bit count loses nothing.
 */
final class JsonTree {
  private JsonTree() {}

  static Object parse(String json) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("trailing content after the JSON value");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(Object tree) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true); // A recorded null is part of the recording.
      write(writer, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  /**
   * Compares a recorded body with the same body after a decode and re-encode by a client's models.
   * A member the recording has but the re-encoding lacks was dropped by the models (the spec does
   * not know it). A null in the recording counts as absent, because Moshi leaves nulls out when it
   * writes. Values compare by meaning where the wire allows several spellings: numbers by value
   * ({@code 300} = {@code 300.0}) and date-times by the instant or local time they name ({@code
   * 45.6509216Z} = {@code 45.650921600Z}).
   */
  static Comparison compare(Object recorded, Object reencoded) {
    Comparison comparison = new Comparison(new ArrayList<>(), new ArrayList<>());
    compare("$", recorded, reencoded, comparison);
    return comparison;
  }

  /** The outcome of {@link #compare}: JSON paths of dropped members, and any other difference. */
  record Comparison(List<String> dropped, List<String> differences) {}

  private static void compare(String path, Object recorded, Object reencoded, Comparison out) {
    if (recorded instanceof Map<?, ?> r && reencoded instanceof Map<?, ?> e) {
      for (Map.Entry<?, ?> member : r.entrySet()) {
        String memberPath = path + member(String.valueOf(member.getKey()));
        if (member.getValue() == null) {
          if (e.get(member.getKey()) != null) {
            out.differences().add(memberPath + ": recorded null, re-encoded " + write(e.get(member.getKey())));
          }
        } else if (e.get(member.getKey()) == null) {
          out.dropped().add(memberPath);
        } else {
          compare(memberPath, member.getValue(), e.get(member.getKey()), out);
        }
      }
      for (Map.Entry<?, ?> member : e.entrySet()) {
        if (!r.containsKey(member.getKey()) && member.getValue() != null) {
          out.differences().add(path + member(String.valueOf(member.getKey())) + ": not recorded, re-encoded "
              + write(member.getValue()));
        }
      }
    } else if (recorded instanceof List<?> r && reencoded instanceof List<?> e) {
      if (r.size() != e.size()) {
        out.differences().add(path + ": recorded " + r.size() + " items, re-encoded " + e.size());
        return;
      }
      for (int i = 0; i < r.size(); i++) {
        compare(path + "[" + i + "]", r.get(i), e.get(i), out);
      }
    } else if (!sameValue(recorded, reencoded)) {
      out.differences().add(path + ": recorded " + write(recorded) + ", re-encoded " + write(reencoded));
    }
  }

  private static boolean sameValue(Object recorded, Object reencoded) {
    if (recorded instanceof BigDecimal r && reencoded instanceof BigDecimal e) {
      return r.compareTo(e) == 0;
    }
    if (recorded instanceof String r && reencoded instanceof String e && !r.equals(e)) {
      return sameDateTime(r, e);
    }
    return Objects.equals(recorded, reencoded);
  }

  private static boolean sameDateTime(String recorded, String reencoded) {
    try {
      return OffsetDateTime.parse(recorded).isEqual(OffsetDateTime.parse(reencoded));
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(recorded).equals(LocalDateTime.parse(reencoded));
      } catch (DateTimeParseException notADateTime) {
        return false;
      }
    }
  }

  /** The JSON path step to a member: {@code .name}, or {@code ['model.Name']} when the name is not a plain word. */
  static String member(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + name : "['" + name + "']";
  }

  /** A JSON pointer ({@code /data/0/type}) as a JSON path ({@code $.data[0].type}). */
  static String path(String pointer) {
    StringBuilder path = new StringBuilder("$");
    for (String step : pointer.split("/")) {
      if (step.isEmpty()) {
        continue;
      }
      String name = step.replace("~1", "/").replace("~0", "~");
      path.append(name.matches("\\d+") ? "[" + name + "]" : member(name));
    }
    return path.toString();
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (object.containsKey(name)) {
            throw new IllegalArgumentException("duplicate member " + name + " at " + reader.getPath());
          }
          object.put(name, read(reader));
        }
        reader.endObject();
        return object;
      }
      case BEGIN_ARRAY: {
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      }
      case STRING:
        return reader.nextString();
      case NUMBER:
        return new BigDecimal(reader.nextString()); // The literal's digits, not a double's.
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new IllegalArgumentException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static void write(JsonWriter writer, Object value) throws IOException {
    if (value instanceof Map<?, ?> object) {
      writer.beginObject();
      for (Map.Entry<?, ?> member : object.entrySet()) {
        writer.name(String.valueOf(member.getKey()));
        write(writer, member.getValue());
      }
      writer.endObject();
    } else if (value instanceof List<?> array) {
      writer.beginArray();
      for (Object item : array) {
        write(writer, item);
      }
      writer.endArray();
    } else if (value instanceof String text) {
      writer.value(text);
    } else if (value instanceof Number number) {
      writer.value(number);
    } else if (value instanceof Boolean bool) {
      writer.value(bool);
    } else if (value == null) {
      writer.nullValue();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }
}
