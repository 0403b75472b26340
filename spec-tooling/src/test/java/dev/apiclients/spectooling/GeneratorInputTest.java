package dev.apiclients.spectooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

class GeneratorInputTest {
  private static JsonNode prepare(String yaml) throws Exception {
    return GeneratorInput.prepare(new YAMLMapper().readTree(yaml));
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
}
