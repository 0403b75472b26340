package dev.apiclients.cyclr;

import dev.apiclients.runtime.ProviderError;
import dev.apiclients.runtime.codegen.JsonObjects;
import java.util.Collection;
import java.util.Map;

/**
 * Reads Cyclr error bodies. The API answers in ASP.NET Web API style, {@code {"Message": "...",
 * "MessageDetail": "...", "ModelState": {"model.Name": ["The Name field is required."]}}}; the
 * token endpoint answers in OAuth style, {@code {"error": "invalid_client", "error_description":
 * "..."}}. Names are matched in any case because ASP.NET Core writes them in camelCase.
 */
final class CyclrErrors implements ProviderError.Parser {
  @Override
  public ProviderError parse(String body) {
    try {
      return read(JsonObjects.parse(body));
    } catch (RuntimeException unexpectedShape) {
      // An error body must never hide the HTTP error it came with; the raw body is kept anyway.
      return ProviderError.NONE;
    }
  }

  private static ProviderError read(Map<String, Object> object) {
    if (object == null) {
      return ProviderError.NONE;
    }
    String code = text(object, "error");
    StringBuilder message = new StringBuilder();
    append(message, " ", text(object, "Message"));
    append(message, " ", text(object, "MessageDetail"));
    append(message, " ", text(object, "error_description"));
    append(message, " ", modelState(get(object, "ModelState")));
    if (code == null && message.length() == 0) {
      return ProviderError.NONE;
    }
    return new ProviderError(code, message.length() == 0 ? null : message.toString());
  }

  /** Flattens {@code {"field": ["a", "b"]}} to {@code (field: a, b)}; a blank field name is dropped. */
  private static String modelState(Object state) {
    if (!(state instanceof Map)) {
      return null;
    }
    StringBuilder entries = new StringBuilder();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) state).entrySet()) {
      String messages = messages(entry.getValue());
      if (messages == null) {
        continue;
      }
      String field = String.valueOf(entry.getKey());
      append(entries, "; ", field.trim().isEmpty() ? messages : field + ": " + messages);
    }
    return entries.length() == 0 ? null : "(" + entries + ")";
  }

  private static String messages(Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    if (!(value instanceof Collection)) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    for (Object item : (Collection<?>) value) {
      if (item instanceof String) {
        append(joined, ", ", (String) item);
      }
    }
    return joined.length() == 0 ? null : joined.toString();
  }

  private static String text(Map<String, Object> object, String name) {
    Object value = get(object, name);
    return value instanceof String && !((String) value).trim().isEmpty() ? (String) value : null;
  }

  private static Object get(Map<String, Object> object, String name) {
    Object exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, Object> entry : object.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static void append(StringBuilder sb, String separator, String part) {
    if (part != null) {
      sb.append(sb.length() == 0 ? "" : separator).append(part);
    }
  }
}
