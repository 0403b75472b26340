package dev.apiclients.contract;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies of the calls a provider makes to us (the spec's {@code callbacks}), by the callback
 * operation's {@code operationId}, and a check of a JSON body against one of them with
 * swagger-request-validator's schema validator, the engine that checks the HTTP pacts.
 */
final class CallbackSchemas {
  private final OpenAPI spec;
  private final Map<String, Schema<?>> bodies;
  private final SchemaValidator validator;

  private CallbackSchemas(OpenAPI spec, Map<String, Schema<?>> bodies) {
    this.spec = spec;
    this.bodies = bodies;
    this.validator = new SchemaValidator(spec, new MessageResolver());
  }

  static CallbackSchemas of(ApiUnderTest api) {
    OpenAPI spec = api.resolvedSpec();
    Map<String, Schema<?>> bodies = new LinkedHashMap<>();
    for (PathItem path : spec.getPaths().values()) {
      for (Operation operation : path.readOperations()) {
        if (operation.getCallbacks() == null) {
          continue;
        }
        operation.getCallbacks().values().forEach(callback -> callback.values().forEach(item -> {
          for (Operation notify : item.readOperations()) {
            MediaType json = notify.getRequestBody().getContent().get("application/json");
            bodies.put(notify.getOperationId(), json.getSchema());
          }
        }));
      }
    }
    return new CallbackSchemas(spec, Collections.unmodifiableMap(bodies));
  }

  /** The callback operations of the spec, by {@code operationId}, in spec order. */
  Map<String, Schema<?>> bodies() {
    return bodies;
  }

  /**
   * The ways {@code json} breaks the body schema of the callback {@code operationId}, one line each
   * ({@code [key] message}); empty when it honours it. As for the HTTP pacts, an object schema
   * without {@code additionalProperties} is taken as closed: a member the spec does not list is a
   * finding.
   */
  List<String> violations(String operationId, String json) {
    return SpecValidators.errors(report(operationId, json));
  }

  /** The validator's whole report on {@code json} as the body of the callback {@code operationId}. */
  ValidationReport report(String operationId, String json) {
    Schema<?> body = bodies.get(operationId);
    if (body == null) {
      throw new IllegalArgumentException(spec.getInfo().getTitle() + " has no callback " + operationId
          + "; it has " + bodies.keySet());
    }
    return validator.validate(json, body, "callback." + operationId);
  }
}
