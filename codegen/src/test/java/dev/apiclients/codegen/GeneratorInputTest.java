package dev.apiclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

class GeneratorInputTest {
  private static JsonNode prepare(String yaml) throws Exception {
    return GeneratorInput.prepare(new YAMLMapper().readTree(yaml));
  }

  /** A spec's lines after its {@code openapi} and {@code info}, joined. */
  private static String withHeader(String... lines) {
    return "openapi: 3.0.3\ninfo: {title: T, version: 1.0.0}\n" + String.join("\n", lines);
  }

  @Test
  void markdownBecomesOneLineOfHtmlWhoseFirstParagraphIsBare() {
    String markdown = "The state of an order.\n\n"
        + "- `quote`, `quote_sent`: the status can be updated with\n  `updateOrderStatus`.\n"
        + "- `quote_to_review`: **read-only**.\n\n"
        + "Not the same as \"status\".\n";

    assertEquals("The state of an order. <ul> <li><code>quote</code>, <code>quote_sent</code>: the status can be"
        + " updated with <code>updateOrderStatus</code>.</li> <li><code>quote_to_review</code>:"
        + " <strong>read-only</strong>.</li> </ul> <p>Not the same as &quot;status&quot;.</p>",
        GeneratorInput.renderBlock(markdown));
  }

  @Test
  void whatWouldEndTheCommentOrStartATagIsAnEntity() {
    assertEquals("Ends *&#47; here; &#64;deprecated &#123;&#64;code x&#125; a&#92;b",
        GeneratorInput.renderInline("Ends */ here; @deprecated {@code x} a\\\\b"));
    assertEquals("Accepts application&#47;*", GeneratorInput.renderInline("Accepts application/*"));
  }

  @Test
  void rawHtmlIsShownAsTextAndVoidElementsDoNotSelfClose() {
    assertEquals("&lt;script&gt;x&lt;/script&gt;", GeneratorInput.renderInline("<script>x</script>"));
    assertEquals("One &lt;b&gt;two&lt;/b&gt;", GeneratorInput.renderInline("One <b>two</b>"));
    assertEquals("line<br> next", GeneratorInput.renderInline("line  \nnext"));
  }

  @Test
  void linksUseSingleQuotesSoTheGeneratorLeavesThemAlone() {
    assertEquals("see <a href='https://example.com/a?b=1&amp;c=&#39;d&#39;'>the docs</a>",
        GeneratorInput.renderInline("see [the docs](https://example.com/a?b=1&c='d')"));
  }

  @Test
  void codeBlocksKeepTheirLines() {
    assertEquals("Example: <pre><code>a&#10;  b&#10;</code></pre>", GeneratorInput.renderBlock("Example:\n\n    a\n      b\n"));
  }

  @Test
  void specIsPreparedForTheGenerator() throws Exception {
    JsonNode prepared = prepare(String.join("\n",
        "openapi: 3.0.3",
        "info: {title: T, version: 1.0.0}",
        "paths:",
        "  /orders/{id}:",
        "    get:",
        "      summary: Get an `order`",
        "      description: Returns **one** order.",
        "      responses:",
        "        '200':",
        "          description: The order.",
        "          content:",
        "            application/json:",
        "              schema: {$ref: '#/components/schemas/State'}",
        "              example: {description: '**kept**'}",
        "        '403': {$ref: '#/components/responses/Forbidden'}",
        "        '422': {description: Invalid.}",
        "        '503': {description: Down.}",
        "components:",
        "  responses:",
        "    Forbidden: {description: No `access`.}",
        "  schemas:",
        "    State:",
        "      type: string",
        "      description: A *state*.",
        "      x-extensible-enum: [a, b]",
        "      x-enum-descriptions: ['The `a` state', 'The b state']",
        "      example: a",
        ""));

    JsonNode get = prepared.at("/paths/~1orders~1{id}/get");
    assertEquals("Get an <code>order</code>.", get.get("summary").asText());
    assertEquals("Returns <strong>one</strong> order.", get.get("description").asText());
    assertEquals("**kept**", get.at("/responses/200/content/application~1json/example/description").asText());
    assertFalse(get.at("/responses/200").has("x-apiclients-exception"));
    assertEquals("ApiHttpException.ForbiddenException", get.at("/responses/403/x-apiclients-exception").asText());
    assertEquals("No <code>access</code>.", get.at("/responses/403/description").asText());
    assertEquals("ApiHttpException", get.at("/responses/422/x-apiclients-exception").asText());
    assertEquals("ApiHttpException.ServerErrorException", get.at("/responses/503/x-apiclients-exception").asText());

    JsonNode state = prepared.at("/components/schemas/State");
    assertEquals("[\"a\",\"b\"]", state.get("enum").toString());
    assertFalse(state.has("x-extensible-enum"));
    assertEquals("A <em>state</em>.", state.get("description").asText());
    assertEquals("The <code>a</code> state", state.at("/x-enum-descriptions/0").asText());
  }

  @Test
  void errorResponsesLoseTheirContentSoNoApiFileImportsTheErrorSchema() throws Exception {
    JsonNode prepared = prepare(withHeader(
        "paths:",
        "  /a:",
        "    get:",
        "      responses:",
        "        '200': {description: OK., content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}",
        "        '404': {$ref: '#/components/responses/NotFound'}",
        "        '500': {description: Down., content: {application/json: {schema: {$ref: '#/components/schemas/E'}}}}",
        "components:",
        "  responses:",
        "    NotFound: {description: Gone., content: {application/json: {schema: {$ref: '#/components/schemas/E'}}}}",
        "  schemas:",
        "    A: {type: object}",
        "    E: {type: object}",
        ""));

    JsonNode responses = prepared.at("/paths/~1a/get/responses");
    assertTrue(responses.at("/200").has("content"));
    assertFalse(responses.at("/404").has("content"));
    assertFalse(responses.at("/500").has("content"));
    assertTrue(prepared.at("/components/responses/NotFound").has("content"), "the component itself is kept");
    assertTrue(prepared.at("/components/schemas").has("E"), "the error schema is still generated");
  }

  @Test
  void aPropertyThatIsOnlyAReferenceGetsTheReferencedSchemasDescription() throws Exception {
    JsonNode prepared = prepare(withHeader(
        "paths: {}",
        "components:",
        "  schemas:",
        "    Order:",
        "      type: object",
        "      properties:",
        "        state: {$ref: '#/components/schemas/State'}",
        "        other: {$ref: '#/components/schemas/Undescribed'}",
        "        own: {description: Its own., allOf: [{$ref: '#/components/schemas/State'}]}",
        "    State: {type: string, description: The *state* of an order., enum: [a]}",
        "    Undescribed: {type: object}",
        ""));

    JsonNode properties = prepared.at("/components/schemas/Order/properties");
    assertEquals("{\"allOf\":[{\"$ref\":\"#/components/schemas/State\"}],\"description\":\"The <em>state</em> of an order.\"}",
        properties.get("state").toString());
    assertEquals("{\"$ref\":\"#/components/schemas/Undescribed\"}", properties.get("other").toString());
    assertEquals("Its own.", properties.at("/own/description").asText());
  }

  @Test
  void enumValuesWithoutDescriptionsAreDescribedByTheEnumsFirstSentence() throws Exception {
    JsonNode prepared = prepare(withHeader(
        "paths: {}",
        "components:",
        "  schemas:",
        "    Action:",
        "      type: string",
        "      description: \"What happened to the `access`. The values are not documented.\\n\\n- one\\n- two\"",
        "      x-extensible-enum: [added, removed]",
        "    Described:",
        "      type: string",
        "      description: Described.",
        "      enum: [a]",
        "      x-enum-descriptions: [The a.]",
        ""));

    assertEquals("[\"The value <code>added</code> of: What happened to the <code>access</code>.\","
            + "\"The value <code>removed</code> of: What happened to the <code>access</code>.\"]",
        prepared.at("/components/schemas/Action/x-enum-descriptions").toString());
    assertEquals("[\"The a.\"]", prepared.at("/components/schemas/Described/x-enum-descriptions").toString());
  }

  @Test
  void firstSentenceStopsAtTheFirstFullStopOrBlock() {
    assertEquals("One.", GeneratorInput.firstSentence("One. Two."));
    assertEquals("Intro.", GeneratorInput.firstSentence("Intro <ul> <li>x</li> </ul>"));
    assertEquals("No stop.", GeneratorInput.firstSentence("No stop"));
  }

  @Test
  void theIgnoreFileNamesTheServicesOfTagsWhoseOperationsAreAllClientInternal() throws Exception {
    JsonNode spec = new YAMLMapper().readTree(withHeader(
        "paths:",
        "  /token:",
        "    post: {tags: [OAuth], x-client-internal: true, responses: {'200': {description: OK.}}}",
        "  /accounts:",
        "    get: {tags: [Price plans], responses: {'200': {description: OK.}}}",
        "    post: {tags: [Price plans], x-client-internal: true, responses: {'200': {description: OK.}}}",
        ""));

    assertEquals("# Written by GeneratorInput: no services for tags of client-internal operations only.\n"
        + "**/OAuthApiService.java\n**/OAuthApiServiceAsync.java\n", GeneratorInput.ignoreFile(spec));
  }

  @Test
  void apiClassNamesAreTheTagsWordsCapitalized() {
    assertEquals("OAuthApi", GeneratorInput.apiClassName("OAuth"));
    assertEquals("PricePlansApi", GeneratorInput.apiClassName("Price plans"));
    assertEquals("AccountsApi", GeneratorInput.apiClassName("accounts"));
  }
}
