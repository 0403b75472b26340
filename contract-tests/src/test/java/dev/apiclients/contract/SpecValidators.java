package dev.apiclients.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactLevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds swagger-request-validator instances for a spec, and renders their findings as one line each. */
final class SpecValidators {
  private static final String UNLISTED_KEY = ".schema.additionalProperties";
  private static final Pattern UNLISTED = Pattern.compile(
      "(?:\\[Path '([^']*)'\\] )?Object instance has properties which are not allowed by the schema: \\[(.*)]");

  private SpecValidators() {}

  /**
   * For pact interactions. Pact's level resolver ignores missing required response fields and a
   * missing response body: a pact lists only what the consumer reads, which is a subset of the
   * response by design. Everything else (paths, methods, parameters, headers, types, formats, enum
   * values, request bodies) is checked in full.
   */
  static OpenApiInteractionValidator forPacts(ApiUnderTest api) {
    return builder(api).withLevelResolver(PactLevelResolverFactory.create()).build();
  }

  /** For recorded responses: a real answer must satisfy the spec in full, required fields included. */
  static OpenApiInteractionValidator strict(ApiUnderTest api) {
    return builder(api).build();
  }

  /** The report's errors, one line each ({@code [key] message}); warnings and ignored findings are left out. */
  static List<String> errors(ValidationReport report) {
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> "[" + m.getKey() + "] " + m.getMessage())
        .collect(Collectors.toList());
  }

  /**
   * The report's errors except those about members the spec does not list, which {@link
   * #unlistedMembers} reads instead.
   */
  static List<String> errorsOtherThanUnlistedMembers(ValidationReport report) {
    return errors(ValidationReport.from(report.getMessages().stream()
        .filter(m -> !isUnlistedMembers(m))
        .collect(Collectors.toList())));
  }

  /**
   * The members of a body that its schema does not list, as JSON paths ({@code $.data.attributes.phone}).
   * The validator treats a schema without {@code additionalProperties} as closed, stricter than
   * OpenAPI (where such a schema is open), and reports each extra member: exactly what a pact must
   * not rely on, and what a recording with unknown members must declare.
   */
  static List<String> unlistedMembers(ValidationReport report) {
    List<String> members = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (isUnlistedMembers(message)) {
        Matcher finding = UNLISTED.matcher(message.getMessage());
        finding.matches();
        String parent = JsonTree.path(finding.group(1) == null ? "" : finding.group(1));
        for (String name : finding.group(2).split(",")) {
          members.add(parent + JsonTree.member(name.trim().replaceAll("^\"|\"$", "")));
        }
      }
    }
    return members;
  }

  /** A finding this class can read as unlisted members; any other stays an error. */
  private static boolean isUnlistedMembers(ValidationReport.Message message) {
    return message.getLevel() == ValidationReport.Level.ERROR && message.getKey().endsWith(UNLISTED_KEY)
        && UNLISTED.matcher(message.getMessage()).matches();
  }

  private static OpenApiInteractionValidator.Builder builder(ApiUnderTest api) {
    OpenAPI spec = load(api);
    return OpenApiInteractionValidator.createFor(spec).withCustomRequestValidation(new BearerTokenCheck(spec));
  }

  /**
   * The spec, with shared responses and parameters copied into each operation but schemas left as
   * {@code $ref}s. The validator would otherwise inline every {@code $ref}, which never ends on a
   * recursive schema (the Cyclis {@code ErrorBody} holds {@code data.data}, an {@code ErrorBody}
   * again); yet it does not follow a {@code $ref} to a shared response or parameter by itself, and
   * would see no body where the spec declares one. Schema {@code $ref}s it follows while validating.
   * The spec-wide {@code security} is copied into each operation, where the validator looks for it.
   */
  private static OpenAPI load(ApiUnderTest api) {
    OpenAPI spec = api.resolvedSpec();
    Components shared = spec.getComponents();
    for (PathItem path : spec.getPaths().values()) {
      path.setParameters(inline(path.getParameters(), shared));
      for (Operation operation : path.readOperations()) {
        // The validator reads security from the operation only; in OpenAPI an operation without
        // its own inherits the spec's, so copy it down, or no request would be checked for it.
        if (operation.getSecurity() == null) {
          operation.setSecurity(spec.getSecurity());
        }
        operation.setParameters(inline(operation.getParameters(), shared));
        if (operation.getResponses() != null) {
          operation.getResponses().replaceAll((status, response) -> response.get$ref() == null
              ? response : component(shared.getResponses(), response.get$ref()));
        }
      }
    }
    return spec;
  }

  private static List<Parameter> inline(List<Parameter> parameters, Components shared) {
    if (parameters == null) {
      return null;
    }
    return parameters.stream()
        .map(p -> p.get$ref() == null ? p : component(shared.getParameters(), p.get$ref()))
        .collect(Collectors.toList());
  }

  private static <T> T component(Map<String, T> components, String ref) {
    T component = components == null ? null : components.get(ref.substring(ref.lastIndexOf('/') + 1));
    if (component == null) {
      throw new IllegalStateException("the spec refers to " + ref + ", which it does not declare");
    }
    return component;
  }
}
