package dev.apiclients.cyclis;

import dev.apiclients.runtime.ProviderError;
import dev.apiclients.runtime.codegen.JsonObjects;
import java.util.Map;

/**
 * Reads Cyclis error bodies: {@code {"error": "NOACC", "message": "..."}}, and the same nested in
 * {@code data} once or twice, as the order-status PATCH answers {@code {"data":{"data":{...}}}}.
 */
final class CyclisErrors implements ProviderError.Parser {
  @Override
  public ProviderError parse(String body) {
    try {
      return read(JsonObjects.parse(body));
    } catch (RuntimeException unexpectedShape) {
      // An error body must never hide the HTTP error it came with; the raw body is kept anyway.
      return ProviderError.NONE;
    }
  }

  private static ProviderError read(Map<String, Object> body) {
    Map<String, Object> object = body;
    for (int depth = 0; object != null && depth < 3; depth++) {
      String code = JsonObjects.text(object, "error");
      String message = JsonObjects.text(object, "message");
      if (code != null || message != null) {
        return new ProviderError(code, message);
      }
      object = JsonObjects.child(object, "data");
    }
    return ProviderError.NONE;
  }
}
