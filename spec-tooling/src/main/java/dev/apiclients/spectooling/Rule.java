package dev.apiclients.spectooling;

/**
 * A rule of the spec lint, with the Spectral ({@code spectral:oas}) and Redocly ({@code recommended})
 * rules it mirrors. Every rule is an error: the build fails on any finding.
 *
 * <p>The lint table in {@code docs/spec-lint.md} lists every rule by {@link #id()}; {@code RulesDocumentedTest} keeps the
 * two in step.
 */
public enum Rule {
  // The document as a whole.
  VALID_OPENAPI("valid-openapi", "oas3-schema", "struct, spec, no-unresolved-refs",
      "the document parses as OpenAPI 3.0 without errors and every `$ref` resolves"),
  NO_REF_SIBLINGS("no-$ref-siblings", "no-$ref-siblings", "(part of spec)",
      "an object with `$ref` has no other keys (OpenAPI 3.0 ignores them)"),
  NO_UNUSED_COMPONENTS("no-unused-components", "oas3-unused-component", "no-unused-components",
      "every component is referenced (no exemption, as in both tools)"),
  COMPONENT_NAME("component-name", "(none)", "spec-components-invalid-map-name",
      "component names match `^[a-zA-Z0-9._-]+$`"),
  NO_EVAL_IN_MARKDOWN("no-eval-in-markdown", "no-eval-in-markdown", "(none)",
      "no `eval(` in descriptions and titles"),
  NO_SCRIPT_TAGS_IN_MARKDOWN("no-script-tags-in-markdown", "no-script-tags-in-markdown", "(none)",
      "no `<script` in descriptions and titles"),

  // info and servers.
  INFO_CONTACT("info-contact", "info-contact", "info-contact", "`info.contact` is present"),
  INFO_DESCRIPTION("info-description", "info-description", "(none)",
      "`info.description` is present and not blank"),
  INFO_LICENSE("info-license", "info-license", "info-license", "`info.license.name` is present"),
  SERVERS_DEFINED("servers-defined", "oas3-api-servers", "no-empty-servers",
      "`servers` has at least one entry with a `url`"),
  SERVER_TRAILING_SLASH("server-trailing-slash", "oas3-server-trailing-slash", "no-server-trailing-slash",
      "no server URL ends with `/`"),
  SERVER_NOT_EXAMPLE("server-not-example.com", "oas3-server-not-example.com", "no-server-example.com",
      "no server URL points at example.com"),
  SERVER_VARIABLES("server-variables", "oas3-server-variables",
      "no-undefined-server-variable, no-server-variables-empty-enum",
      "every `{variable}` in a server URL is defined with a `default`, every defined one is used, an "
          + "`enum` is not empty and holds the default"),

  // Tags.
  TAGS_DEFINED("tags-defined", "openapi-tags, tag-description, openapi-tags-uniqueness", "tag-description",
      "top-level `tags` is not empty, each tag has a `description`, no name twice"),
  OPERATION_TAGS("operation-tags", "operation-tags", "(none)", "every operation has at least one tag"),
  OPERATION_TAG_DEFINED("operation-tag-defined", "operation-tag-defined", "operation-tag-defined",
      "every tag an operation uses is declared in top-level `tags`"),
  TAGS_USED("tags-used", "(none)", "(none)",
      "every declared tag is used by at least one operation (ours: an unused tag becomes an empty "
          + "Retrofit interface)"),
  CLIENT_INTERNAL_TAGS("client-internal-tags", "(none)", "(none)",
      "a tag's operations are all `x-client-internal` or none (ours: a tag whose first operation is "
          + "client-internal gets no service accessor on the client)"),

  // Operations.
  OPERATION_OPERATION_ID("operation-operationId", "operation-operationId", "operation-operationId",
      "every operation has an `operationId`"),
  OPERATION_OPERATION_ID_UNIQUE("operation-operationId-unique", "operation-operationId-unique",
      "operation-operationId-unique", "no two operations share an `operationId`"),
  OPERATION_OPERATION_ID_URL_SAFE("operation-operationId-url-safe", "operation-operationId-valid-in-url",
      "operation-operationId-url-safe", "`operationId` uses only URL-safe characters"),
  OPERATION_OPERATION_ID_VERB("operation-operationId-verb", "(none)", "(none)",
      "`operationId` is lowerCamelCase and starts with a verb (`list`, `get`, `create`, `update`, "
          + "`delete`, ...): it becomes the Java method name"),
  OPERATION_SUMMARY("operation-summary", "(none)", "operation-summary", "every operation has a `summary`"),
  OPERATION_DESCRIPTION("operation-description", "operation-description", "operation-description",
      "every operation has a `description`"),
  OPERATION_SUCCESS_RESPONSE("operation-success-response", "operation-success-response",
      "operation-2xx-response", "every operation declares a 2xx response (or `2XX`)"),
  OPERATION_4XX_RESPONSE("operation-4xx-response", "(none)", "operation-4xx-response",
      "every operation declares a 4xx response (or `4XX`)"),
  OPERATION_PARAMETERS_UNIQUE("operation-parameters-unique", "operation-parameters",
      "operation-parameters-unique", "no parameter (`name` + `in`) is declared twice on one level"),
  OPERATION_SECURITY_DEFINED("operation-security-defined", "oas3-operation-security-defined",
      "security-defined",
      "every security requirement names a scheme in `components.securitySchemes`, and every operation "
          + "has security (global, its own, or an explicit `security: []`)"),

  // Paths.
  PATH_PARAMS("path-params", "path-params", "path-parameters-defined",
      "every `{name}` in a path is declared as a required `in: path` parameter of each of its "
          + "operations, and every path parameter appears in the path"),
  PATH_KEYS_NO_TRAILING_SLASH("path-keys-no-trailing-slash", "path-keys-no-trailing-slash",
      "no-path-trailing-slash", "no path ends with `/`"),
  PATH_NOT_INCLUDE_QUERY("path-not-include-query", "path-not-include-query", "path-not-include-query",
      "no path contains `?`"),
  PATH_DECLARATIONS_MUST_EXIST("path-declarations-must-exist", "path-declarations-must-exist",
      "path-declaration-must-exist", "no path contains an empty `{}`"),
  NO_IDENTICAL_PATHS("no-identical-paths", "(none)", "no-identical-paths",
      "no two paths differ only in the names of their parameters"),

  // Schemas.
  TYPED_ENUM("typed-enum", "typed-enum", "no-enum-type-mismatch",
      "a schema with `enum` or `x-extensible-enum` declares a `type`, and every value has that type "
          + "(`null` only when `nullable`)"),
  DUPLICATED_ENTRY_IN_ENUM("duplicated-entry-in-enum", "duplicated-entry-in-enum", "(none)",
      "no value twice in an `enum` or `x-extensible-enum`"),
  ARRAY_ITEMS("array-items", "array-items", "(none)", "a schema of `type: array` has `items`"),
  NO_COMPOSITION("no-composition", "(none)", "(none)",
      "no schema uses `allOf`, `oneOf`, `anyOf` or `discriminator` (ours: the model templates cannot "
          + "render them)"),

  // Examples.
  VALID_MEDIA_EXAMPLE("valid-media-example", "oas3-valid-media-example", "no-invalid-media-type-examples",
      "every request and response `example`/`examples` matches its media type's schema, with no "
          + "property the schema does not declare (Redocly's `allowAdditionalProperties: false`)"),
  VALID_SCHEMA_EXAMPLE("valid-schema-example", "oas3-valid-schema-example", "no-invalid-schema-examples",
      "every schema's `example` matches that schema"),
  VALID_PARAMETER_EXAMPLE("valid-parameter-example", "(part of oas3-valid-schema-example)",
      "no-invalid-parameter-examples", "every parameter `example`/`examples` matches its schema"),
  EXAMPLE_VALUE_OR_EXTERNAL_VALUE("example-value-or-externalValue", "oas3-examples-value-or-externalValue",
      "no-example-value-and-externalValue", "every Example object has exactly one of `value` and "
          + "`externalValue`");

  private final String id;
  private final String spectral;
  private final String redocly;
  private final String description;

  Rule(String id, String spectral, String redocly, String description) {
    this.id = id;
    this.spectral = spectral;
    this.redocly = redocly;
    this.description = description;
  }

  /** The rule's name in findings and in the lint table. */
  public String id() {
    return id;
  }

  /** The Spectral {@code spectral:oas} rule(s) this one mirrors, or {@code (none)}. */
  public String spectral() {
    return spectral;
  }

  /** The Redocly rule(s) this one mirrors, or {@code (none)}. */
  public String redocly() {
    return redocly;
  }

  /** What the rule checks, in one line of Markdown. */
  public String description() {
    return description;
  }
}
