package dev.apiclients.spectooling;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedExtensions;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffContext;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The breaking-change gate: compares a spec with the last released one (its baseline) and decides
 * whether the change may ship under the spec's {@code info.version}.
 *
 * <pre>{@code
 * CompatibilityGate.Result result = CompatibilityGate.check(baseline, spec);
 * result.writeReport(Path.of("target/spec-compatibility"));
 * if (!result.passed()) throw new AssertionError(result.failureMessage());
 * }</pre>
 *
 * <p>openapi-diff finds the changes and says which break clients (a removed operation or response,
 * a new required request property or parameter, a request enum that lost values, a changed type, a
 * response enum that gained values, ...). On top of that this gate counts as breaking any removed
 * response property, required or not (a generated client loses the getter), and a value removed from
 * an {@code x-extensible-enum} used in a request (see {@link ExtensibleEnumDiff}).
 *
 * <p>The version rule: breaking changes need a new major {@code info.version} (1.4.0 to 2.0.0);
 * compatible changes ship in a minor or patch bump, or wait for one; the version never goes back.
 */
public final class CompatibilityGate {
  private CompatibilityGate() {}

  /** The outcome of one comparison. */
  public record Result(
      String name,
      String baselineVersion,
      String version,
      boolean changed,
      List<String> breaking,
      List<String> notes,
      List<String> problems,
      String openApiDiffMarkdown) {

    /** True when the spec may ship under its version. */
    public boolean passed() {
      return problems.isEmpty();
    }

    /** One line: what the gate decided. */
    public String verdict() {
      if (!passed()) {
        return "FAILED: " + problems.get(0);
      }
      if (!breaking.isEmpty()) {
        return "breaking, allowed by the major version bump " + baselineVersion + " -> " + version;
      }
      return changed ? "compatible" : "no API changes";
    }

    /** The message a failing build shows: every problem and every breaking change, and what to do. */
    public String failureMessage() {
      StringBuilder message = new StringBuilder();
      message.append(name).append(" fails the breaking-change gate against its baseline (info.version ")
          .append(baselineVersion).append("):\n");
      problems.forEach(problem -> message.append("  ").append(problem).append('\n'));
      if (!breaking.isEmpty()) {
        message.append("Breaking changes:\n");
        breaking.forEach(change -> message.append("  - ").append(change).append('\n'));
      }
      message.append("Keep the change compatible, or release it as a new major version "
          + "(docs/compatibility-gate.md).");
      return message.toString();
    }

    /** Writes {@code <name>.md} into {@code directory} and returns its path. */
    public Path writeReport(Path directory) throws IOException {
      Files.createDirectories(directory);
      Path report = directory.resolve(name.replaceFirst("\\.(ya?ml|json)$", "") + ".md");
      Files.writeString(report, markdown());
      return report;
    }

    /** The report: verdict, breaking changes, notes, then openapi-diff's own change log. */
    public String markdown() {
      StringBuilder md = new StringBuilder();
      md.append("# ").append(name).append(": compatibility with the baseline\n\n");
      md.append("| | |\n|---|---|\n");
      md.append("| baseline info.version | ").append(baselineVersion).append(" |\n");
      md.append("| working info.version | ").append(version).append(" |\n");
      md.append("| verdict | **").append(verdict()).append("** |\n\n");
      md.append("## Breaking changes\n\n");
      list(md, breaking);
      md.append("## Notes\n\n");
      list(md, notes);
      md.append("## All changes (openapi-diff)\n\n").append(openApiDiffMarkdown.isBlank()
          ? "No API changes.\n" : openApiDiffMarkdown);
      return md.toString();
    }

    private static void list(StringBuilder md, List<String> items) {
      if (items.isEmpty()) {
        md.append("None.\n\n");
      } else {
        items.forEach(item -> md.append("- ").append(item).append('\n'));
        md.append('\n');
      }
    }
  }

  /** Compares {@code spec} with {@code baseline}. */
  public static Result check(Path baseline, Path spec) throws IOException {
    return check(spec.getFileName().toString(), Files.readString(baseline), Files.readString(spec));
  }

  /** Compares two specs given as YAML text; {@code name} names the spec in messages. */
  public static Result check(String name, String baselineYaml, String specYaml) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(baselineYaml, specYaml);
    String baselineVersion = diff.getOldSpecOpenApi().getInfo().getVersion();
    String version = diff.getNewSpecOpenApi().getInfo().getVersion();

    List<String> breaking = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      breaking.add(label(endpoint.getMethod().name(), endpoint.getPathUrl(),
          endpoint.getOperation().getOperationId()) + ": operation removed");
    }
    for (ChangedOperation operation : diff.getChangedOperations()) {
      int before = breaking.size();
      operation(operation, breaking, notes);
      if (operation.isIncompatible() && breaking.size() == before) {
        breaking.add(label(operation) + ": incompatible change (see the openapi-diff section)");
      }
    }
    for (Endpoint endpoint : diff.getNewEndpoints()) {
      notes.add(label(endpoint.getMethod().name(), endpoint.getPathUrl(),
          endpoint.getOperation().getOperationId()) + ": operation added");
    }
    if (diff.isIncompatible() && breaking.isEmpty()) {
      breaking.add("openapi-diff reports an incompatible change (see the openapi-diff section)");
    }

    List<String> problems = new ArrayList<>();
    try {
      SemVer from = SemVer.parse(baselineVersion);
      SemVer to = SemVer.parse(version);
      if (to.compareTo(from) < 0) {
        problems.add("info.version went back from " + from + " to " + to + ".");
      } else if (!breaking.isEmpty() && to.major() <= from.major()) {
        problems.add(breaking.size() + " breaking change(s), but info.version " + to
            + " is not a major bump of the baseline's " + from + " (a breaking change needs "
            + from.nextMajor() + " or later).");
      } else if (diff.isDifferent() && to.equals(from)) {
        notes.add("info.version is still " + to + ": bump it (minor for additions, patch for fixes) "
            + "before this spec is released.");
      }
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage() + ".");
    }
    return new Result(name, baselineVersion, version, diff.isDifferent() || !breaking.isEmpty(),
        List.copyOf(breaking), List.copyOf(notes), List.copyOf(problems), render(diff));
  }

  private static String render(ChangedOpenApi diff) {
    if (!diff.isDifferent()) {
      return "";
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  // --- Naming what changed -----------------------------------------------------------------

  private static void operation(ChangedOperation operation, List<String> breaking, List<String> notes) {
    String label = label(operation);
    ChangedParameters parameters = operation.getParameters();
    if (parameters != null) {
      for (Parameter removed : parameters.getMissing()) {
        breaking.add(label + ": " + parameterName(removed) + " removed");
      }
      for (Parameter added : parameters.getIncreased()) {
        if (Boolean.TRUE.equals(added.getRequired())) {
          breaking.add(label + ": new required " + parameterName(added));
        }
      }
      for (ChangedParameter changed : parameters.getChanged()) {
        String where = label + ", " + parameterName(changed.getNewParameter());
        if (changed.isChangeRequired() && Boolean.TRUE.equals(changed.getNewParameter().getRequired())) {
          breaking.add(where + ": now required");
        } else if (changed.isCoreChanged().isIncompatible()) {
          breaking.add(where + ": style, explode or allowEmptyValue changed incompatibly");
        }
        schema(changed.getSchema(), where, "", breaking, notes, newSeen());
      }
    }
    ChangedRequestBody body = operation.getRequestBody();
    if (body != null) {
      if (body.isChangeRequired() && body.getNewRequestBody() != null
          && Boolean.TRUE.equals(body.getNewRequestBody().getRequired())) {
        breaking.add(label + ": request body now required");
      }
      content(body.getContent(), label + ", request body", breaking, notes);
    }
    ChangedApiResponse responses = operation.getApiResponses();
    if (responses != null) {
      for (String status : responses.getMissing().keySet()) {
        breaking.add(label + ": response " + status + " removed");
      }
      for (Map.Entry<String, ChangedResponse> response : responses.getChanged().entrySet()) {
        content(response.getValue().getContent(), label + ", response " + response.getKey(), breaking, notes);
      }
    }
    if (operation.getSecurityRequirements() != null && operation.getSecurityRequirements().isIncompatible()) {
      breaking.add(label + ": security requirements changed incompatibly");
    }
  }

  private static void content(ChangedContent content, String where, List<String> breaking, List<String> notes) {
    if (content == null) {
      return;
    }
    for (String mediaType : content.getMissing().keySet()) {
      if (content.isIncompatible()) {
        breaking.add(where + ": media type " + mediaType + " removed");
      }
    }
    for (Map.Entry<String, ChangedMediaType> media : content.getChanged().entrySet()) {
      schema(media.getValue().getSchema(), where + " " + media.getKey(), "$", breaking, notes, newSeen());
    }
  }

  private static void schema(ChangedSchema schema, String where, String path, List<String> breaking,
      List<String> notes, Set<ChangedSchema> seen) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    DiffContext context = schema.getContext();
    boolean request = context != null && context.isRequest();
    boolean response = context != null && context.isResponse();
    String at = where + (path.isEmpty() ? "" : ", " + path);

    if (schema.isChangedType() && schema.isIncompatible()) {
      breaking.add(at + ": type changed from " + type(schema.getOldSchema()) + " to " + type(schema.getNewSchema()));
    }
    ChangedEnum<?> values = schema.getEnumeration();
    if (values != null && values.isIncompatible()) {
      if (request && !values.getMissing().isEmpty()) {
        breaking.add(at + ": enum values " + values.getMissing() + " removed from a request (clients may still send them)");
      }
      if (response && !values.getIncreased().isEmpty()) {
        breaking.add(at + ": enum values " + values.getIncreased() + " added to a response (a closed enum; "
            + "strict clients reject them; an open set is an x-extensible-enum)");
      }
    }
    ChangedRequired required = schema.getRequired();
    if (required != null && required.isIncompatible()) {
      if (request) {
        required.getIncreased().forEach(property -> breaking.add(child(where, path, property)
            + (schema.getIncreasedProperties().containsKey(property)
                ? ": new required request property" : ": request property now required")));
      }
      if (response) {
        required.getMissing().forEach(property ->
            breaking.add(child(where, path, property) + ": response property no longer required"));
      }
    }
    for (String property : schema.getMissingProperties().keySet()) {
      if (response) {
        breaking.add(child(where, path, property) + ": response property removed");
      } else {
        notes.add(child(where, path, property) + ": request property removed (a server ignores it if sent)");
      }
    }
    extensions(schema.getExtensions(), at, breaking, notes);
    for (Changed part : new Changed[] {schema.getMaxLength(), schema.getPattern(), schema.getNumericRange(),
        schema.getReadOnly(), schema.getWriteOnly(), schema.getOneOfSchema(), schema.getMinProperties(),
        schema.getMaxProperties()}) {
      if (part != null && part.isIncompatible()) {
        breaking.add(at + ": " + part.getClass().getSimpleName().replaceFirst("^Changed", "")
            + " changed incompatibly");
      }
    }
    if (schema.isDiscriminatorPropertyChanged() && schema.isIncompatible()) {
      breaking.add(at + ": discriminator property changed");
    }
    String base = path.isEmpty() ? "$" : path;
    for (Map.Entry<String, ChangedSchema> property : schema.getChangedProperties().entrySet()) {
      schema(property.getValue(), where, base + "." + property.getKey(), breaking, notes, seen);
    }
    schema(schema.getItems(), where, base + "[]", breaking, notes, seen);
    schema(schema.getAddProp(), where, base + ".*", breaking, notes, seen);
  }

  private static void extensions(ChangedExtensions extensions, String at, List<String> breaking, List<String> notes) {
    if (extensions == null) {
      return;
    }
    List<Changed> all = new ArrayList<>();
    all.addAll(extensions.getChanged().values());
    all.addAll(extensions.getIncreased().values());
    all.addAll(extensions.getMissing().values());
    for (Changed changed : all) {
      if (changed instanceof ExtensibleEnumDiff.Values values) {
        if (!values.removed().isEmpty() && values.isIncompatible()) {
          breaking.add(at + ": x-extensible-enum values " + values.removed()
              + " removed from a request (clients may still send them)");
        } else if (!values.removed().isEmpty()) {
          notes.add(at + ": x-extensible-enum values " + values.removed() + " removed (an open set in a "
              + "response: clients already accept any value)");
        }
        if (!values.added().isEmpty()) {
          notes.add(at + ": x-extensible-enum values " + values.added() + " added");
        }
      }
    }
  }

  private static String child(String where, String path, String property) {
    return where + ", " + (path.isEmpty() ? "$" : path) + "." + property;
  }

  private static Set<ChangedSchema> newSeen() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  private static String type(Schema<?> schema) {
    if (schema == null) {
      return "nothing";
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    return schema.getTypes() == null || schema.getTypes().isEmpty() ? "untyped" : schema.getTypes().toString();
  }

  private static String parameterName(Parameter parameter) {
    return parameter.getIn() + " parameter '" + parameter.getName() + "'";
  }

  private static String label(ChangedOperation operation) {
    return label(operation.getHttpMethod().name(), operation.getPathUrl(),
        operation.getNewOperation() == null ? null : operation.getNewOperation().getOperationId());
  }

  private static String label(String method, String path, String operationId) {
    return method + " " + path + (operationId == null ? "" : " (" + operationId + ")");
  }
}
