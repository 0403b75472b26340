package dev.apiclients.runtime.codegen;

import com.squareup.moshi.Json;
import dev.apiclients.runtime.OpenEnum;
import dev.apiclients.runtime.Required;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the first {@link Required} field that is null in a tree of generated models, so that a
 * request is refused before it is sent and a response that lacks a promised field fails loudly.
 *
 * <p>It runs on every decoded response, so the walk builds nothing while all is well: the fields
 * of each class are looked up once, and the path is put together only for a field that is missing.
 */
public final class RequiredFields {
  // Not ClassValue: Android has it only from API 34. The keys are the few model classes of the
  // clients, so holding them strongly costs nothing; two threads may compute one entry twice.
  private static final ConcurrentMap<Class<?>, ModelField[]> MODEL_FIELDS = new ConcurrentHashMap<>();

  /**
   * Whether an object decoded on this thread since {@link #startDecoding()} lacked one of its own
   * required fields. Checking each object as it is decoded, while its fields are still in the CPU's
   * cache, costs less than walking the whole tree afterwards (the walk read every object of a
   * 5,000-order answer a second time, from memory): the walk now runs only to name the field.
   */
  private static final ThreadLocal<boolean[]> MISSING_SEEN = new ThreadLocal<boolean[]>() {
    @Override
    protected boolean[] initialValue() { // Not withInitial: Android has it only from API 26.
      return new boolean[1];
    }
  };

  private RequiredFields() {}

  /** Starts a decode whose objects {@link WireAdapters} reports through {@link #checkDecoded}. */
  static void startDecoding() {
    MISSING_SEEN.get()[0] = false;
  }

  /** True when an object decoded since {@link #startDecoding()} lacked a required field of its own. */
  static boolean missingSeenWhileDecoding() {
    return MISSING_SEEN.get()[0];
  }

  /** Notes whether a just-decoded model lacks one of its own required fields. */
  static void checkDecoded(Object model) {
    if (model == null) {
      return;
    }
    for (ModelField field : modelFieldsOf(model.getClass())) {
      if (field.required && field.get(model) == null) {
        MISSING_SEEN.get()[0] = true;
        return;
      }
    }
  }

  /** True for a generated model that declares a required field of its own. */
  static boolean hasRequiredFields(Class<?> type) {
    for (ModelField field : modelFieldsOf(type)) {
      if (field.required) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the JSON path of the first missing required field (for example {@code
   * data.attributes.first_name}), or null when every required field is present.
   */
  public static String firstMissing(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection) {
      int i = 0;
      for (Object element : (Collection<?>) value) {
        String missing = firstMissing(element);
        if (missing != null) {
          return "[" + i + "]" + (missing.startsWith("[") ? "" : ".") + missing;
        }
        i++;
      }
      return null;
    }
    for (ModelField field : modelFieldsOf(value.getClass())) {
      Object child = field.get(value);
      if (child == null) {
        if (field.required) {
          return field.jsonName;
        }
        continue;
      }
      if (!field.mayHoldModels) {
        continue;
      }
      String missing = firstMissing(child);
      if (missing != null) {
        return field.jsonName + (missing.startsWith("[") ? "" : ".") + missing;
      }
    }
    return null;
  }

  private static ModelField[] modelFieldsOf(Class<?> type) {
    ModelField[] fields = MODEL_FIELDS.get(type);
    if (fields == null) {
      fields = modelFields(type);
      MODEL_FIELDS.put(type, fields);
    }
    return fields;
  }

  /**
   * Generated models are the classes whose fields carry {@code @Json}; others are leaves. Only the
   * fields that can report something are kept: a field neither required nor able to hold a model
   * (most of a model's strings, numbers and dates) would be read on every decode for nothing, which
   * cost about a tenth of the decoding benchmark.
   */
  private static ModelField[] modelFields(Class<?> type) {
    List<ModelField> fields = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      Json json = field.getAnnotation(Json.class);
      if (!Modifier.isStatic(field.getModifiers()) && json != null) {
        ModelField modelField = new ModelField(field, json.name(), field.isAnnotationPresent(Required.class));
        if (modelField.required || modelField.mayHoldModels) {
          field.setAccessible(true);
          fields.add(modelField);
        }
      }
    }
    return fields.toArray(new ModelField[0]);
  }

  private static final class ModelField {
    final Field field;
    final String jsonName;
    final boolean required;
    /** False for values that cannot hold a model (strings, numbers, dates, enums, maps): not walked. */
    final boolean mayHoldModels;

    ModelField(Field field, String jsonName, boolean required) {
      this.field = field;
      this.jsonName = jsonName;
      this.required = required;
      Class<?> type = field.getType();
      this.mayHoldModels = Collection.class.isAssignableFrom(type)
          || !(type.isPrimitive() || type.isEnum() || OpenEnum.class.isAssignableFrom(type)
              || type.getName().startsWith("java."));
    }

    Object get(Object owner) {
      try {
        return field.get(owner);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
