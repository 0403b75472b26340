package dev.apiclients.contract;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One operation of a spec: its {@code operationId}, HTTP method, path template and how many
 * callback requests the provider makes after it (one per operation under its {@code callbacks}).
 * Read from the spec itself, so that a new operation shows up in every check that iterates over them.
 */
record SpecOperation(String operationId, String method, String pathTemplate, int callbackCount) {

  /**
   * Every operation under the spec's {@code paths}, in spec order. Operations declared under a
   * {@code callbacks} object are calls the provider makes to us, not ones the client makes, so they
   * are left out.
   */
  static List<SpecOperation> of(ApiUnderTest api) {
    SwaggerParseResult result = new OpenAPIParser().readLocation(api.specUrl(), null, null);
    OpenAPI spec = result.getOpenAPI();
    if (spec == null) {
      throw new IllegalStateException("cannot read " + api.specUrl() + ": " + result.getMessages());
    }
    List<SpecOperation> operations = new ArrayList<>();
    spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
        operations.add(new SpecOperation(operation.getOperationId(), method.name(), path, callbackCount(operation)))));
    return Collections.unmodifiableList(operations);
  }

  private static int callbackCount(Operation operation) {
    int count = 0;
    if (operation.getCallbacks() != null) {
      for (Callback callback : operation.getCallbacks().values()) {
        for (PathItem item : callback.values()) {
          count += item.readOperations().size();
        }
      }
    }
    return count;
  }

  /**
   * The operation a request goes to, from its method and its path as sent (no query), or empty when
   * the spec has none. Both specs' server URLs have no path: the paths are complete.
   */
  static Optional<SpecOperation> forRequest(List<SpecOperation> operations, String method, String path) {
    return operations.stream()
        .filter(o -> o.method.equalsIgnoreCase(method) && o.matches(path))
        .findFirst();
  }

  private boolean matches(String path) {
    // A template segment {name} stands for one non-empty path segment.
    String regex = Pattern.quote(pathTemplate).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q");
    return Pattern.matches(regex, path);
  }

  @Override
  public String toString() {
    return operationId + " (" + method.toUpperCase(Locale.ROOT) + " " + pathTemplate + ")";
  }
}
