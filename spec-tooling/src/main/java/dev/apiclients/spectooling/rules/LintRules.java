package dev.apiclients.spectooling.rules;

import dev.apiclients.spectooling.Rule;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every rule of the spec lint and the class that checks it, one class per rule, in the order of
 * {@link Rule} (an enum map iterates in that order). {@code ValidOpenApi} comes first: the others
 * read a document it found to be OpenAPI.
 */
public final class LintRules {
  public static final Map<Rule, LintRule> ALL;

  static {
    Map<Rule, LintRule> rules = new EnumMap<>(Rule.class);
    rules.put(Rule.VALID_OPENAPI, new ValidOpenApi());
    rules.put(Rule.NO_REF_SIBLINGS, new NoRefSiblings());
    rules.put(Rule.NO_UNUSED_COMPONENTS, new NoUnusedComponents());
    rules.put(Rule.COMPONENT_NAME, new ComponentName());
    rules.put(Rule.NO_EVAL_IN_MARKDOWN, new NoEvalInMarkdown());
    rules.put(Rule.NO_SCRIPT_TAGS_IN_MARKDOWN, new NoScriptTagsInMarkdown());
    rules.put(Rule.INFO_CONTACT, new InfoContact());
    rules.put(Rule.INFO_DESCRIPTION, new InfoDescription());
    rules.put(Rule.INFO_LICENSE, new InfoLicense());
    rules.put(Rule.SERVERS_DEFINED, new ServersDefined());
    rules.put(Rule.SERVER_TRAILING_SLASH, new ServerTrailingSlash());
    rules.put(Rule.SERVER_NOT_EXAMPLE, new ServerNotExample());
    rules.put(Rule.SERVER_VARIABLES, new ServerVariables());
    rules.put(Rule.TAGS_DEFINED, new TagsDefined());
    rules.put(Rule.OPERATION_TAGS, new OperationTags());
    rules.put(Rule.OPERATION_TAG_DEFINED, new OperationTagDefined());
    rules.put(Rule.TAGS_USED, new TagsUsed());
    rules.put(Rule.CLIENT_INTERNAL_TAGS, new ClientInternalTags());
    rules.put(Rule.OPERATION_OPERATION_ID, new OperationOperationId());
    rules.put(Rule.OPERATION_OPERATION_ID_UNIQUE, new OperationOperationIdUnique());
    rules.put(Rule.OPERATION_OPERATION_ID_URL_SAFE, new OperationOperationIdUrlSafe());
    rules.put(Rule.OPERATION_OPERATION_ID_VERB, new OperationOperationIdVerb());
    rules.put(Rule.OPERATION_SUMMARY, new OperationSummary());
    rules.put(Rule.OPERATION_DESCRIPTION, new OperationDescription());
    rules.put(Rule.OPERATION_SUCCESS_RESPONSE, new OperationSuccessResponse());
    rules.put(Rule.OPERATION_4XX_RESPONSE, new Operation4xxResponse());
    rules.put(Rule.OPERATION_PARAMETERS_UNIQUE, new OperationParametersUnique());
    rules.put(Rule.OPERATION_SECURITY_DEFINED, new OperationSecurityDefined());
    rules.put(Rule.PATH_PARAMS, new PathParams());
    rules.put(Rule.PATH_KEYS_NO_TRAILING_SLASH, new PathKeysNoTrailingSlash());
    rules.put(Rule.PATH_NOT_INCLUDE_QUERY, new PathNotIncludeQuery());
    rules.put(Rule.PATH_DECLARATIONS_MUST_EXIST, new PathDeclarationsMustExist());
    rules.put(Rule.NO_IDENTICAL_PATHS, new NoIdenticalPaths());
    rules.put(Rule.TYPED_ENUM, new TypedEnum());
    rules.put(Rule.DUPLICATED_ENTRY_IN_ENUM, new DuplicatedEntryInEnum());
    rules.put(Rule.ARRAY_ITEMS, new ArrayItems());
    rules.put(Rule.NO_COMPOSITION, new NoComposition());
    rules.put(Rule.VALID_MEDIA_EXAMPLE, new ValidMediaExample());
    rules.put(Rule.VALID_SCHEMA_EXAMPLE, new ValidSchemaExample());
    rules.put(Rule.VALID_PARAMETER_EXAMPLE, new ValidParameterExample());
    rules.put(Rule.EXAMPLE_VALUE_OR_EXTERNAL_VALUE, new ExampleValueOrExternalValue());
    ALL = Collections.unmodifiableMap(rules);
  }

  private LintRules() {}
}
