package dev.apiclients.spectooling.rules;

import java.util.List;

/**
 * Every rule of the spec lint, one class each, in the order of {@link dev.apiclients.spectooling.Rule}.
 * {@code ValidOpenApi} comes first: the others read a document it found to be OpenAPI.
 */
public final class LintRules {
  public static final List<LintRule> ALL = List.of(
      new ValidOpenApi(),
      new NoRefSiblings(),
      new NoUnusedComponents(),
      new ComponentName(),
      new NoEvalInMarkdown(),
      new NoScriptTagsInMarkdown(),
      new InfoContact(),
      new InfoDescription(),
      new InfoLicense(),
      new ServersDefined(),
      new ServerTrailingSlash(),
      new ServerNotExample(),
      new ServerVariables(),
      new TagsDefined(),
      new OperationTags(),
      new OperationTagDefined(),
      new TagsUsed(),
      new OperationOperationId(),
      new OperationOperationIdUnique(),
      new OperationOperationIdUrlSafe(),
      new OperationOperationIdVerb(),
      new OperationSummary(),
      new OperationDescription(),
      new OperationSuccessResponse(),
      new Operation4xxResponse(),
      new OperationParametersUnique(),
      new OperationSecurityDefined(),
      new PathParams(),
      new PathKeysNoTrailingSlash(),
      new PathNotIncludeQuery(),
      new PathDeclarationsMustExist(),
      new NoIdenticalPaths(),
      new TypedEnum(),
      new DuplicatedEntryInEnum(),
      new ArrayItems(),
      new NoComposition(),
      new ValidMediaExample(),
      new ValidSchemaExample(),
      new ValidParameterExample(),
      new ExampleValueOrExternalValue());

  private LintRules() {}
}
