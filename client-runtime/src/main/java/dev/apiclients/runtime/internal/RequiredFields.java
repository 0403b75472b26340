package dev.apiclients.runtime.internal;

import com.squareup.moshi.Json;
import dev.apiclients.runtime.Required;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the first {@link Required} field that is null in a tree of generated models, so that a
 * request is refused before it is sent and a response that lacks a promised field fails loudly.
 */
public final class RequiredFields {
  private static final Map<Class<?>, List<Field>> MODEL_FIELDS = new ConcurrentHashMap<>();

  private RequiredFields() {}

  /**
   * Returns the JSON path of the first missing required field (for example {@code
   * data.attributes.first_name}), or null when every required field is present.
   */
  public static String firstMissing(Object value) {
    return firstMissing(value, "");
  }

  private static String firstMissing(Object value, String path) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection) {
      int i = 0;
      for (Object element : (Collection<?>) value) {
        String missing = firstMissing(element, path + "[" + i++ + "]");
        if (missing != null) {
          return missing;
        }
      }
      return null;
    }
    for (Field field : modelFields(value.getClass())) {
      String childPath = path.isEmpty() ? jsonName(field) : path + "." + jsonName(field);
      Object child = get(field, value);
      if (child == null) {
        if (field.isAnnotationPresent(Required.class)) {
          return childPath;
        }
        continue;
      }
      String missing = firstMissing(child, childPath);
      if (missing != null) {
        return missing;
      }
    }
    return null;
  }

  /** Generated models are the classes whose fields carry {@code @Json}; others are leaves. */
  private static List<Field> modelFields(Class<?> type) {
    List<Field> fields = MODEL_FIELDS.get(type);
    if (fields == null) {
      fields = new ArrayList<>();
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && field.isAnnotationPresent(Json.class)) {
          field.setAccessible(true);
          fields.add(field);
        }
      }
      fields = Collections.unmodifiableList(fields);
      MODEL_FIELDS.put(type, fields);
    }
    return fields;
  }

  private static String jsonName(Field field) {
    return field.getAnnotation(Json.class).name();
  }

  private static Object get(Field field, Object owner) {
    try {
      return field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
