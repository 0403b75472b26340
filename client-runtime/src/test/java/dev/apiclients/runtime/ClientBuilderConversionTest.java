package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import dev.apiclients.runtime.codegen.Calls;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks the converters of a {@link ClientBuilder}'s stack make on request and response bodies. */
class ClientBuilderConversionTest {
  /** Stands for a client-specific rule, such as Cyclr's "an API key or a password, not both". */
  private static final RequestRule NO_DRAFTS = body -> {
    if ("draft".equals(((ItemsApi.Item) body).note)) {
      throw new IllegalArgumentException("A draft item cannot be created");
    }
  };

  @RegisterExtension
  final ServedItemsApi served = new ServedItemsApi("/", builder -> builder, NO_DRAFTS);
  private final MockWebServer server = served.server;
  private final ItemsApi api = served.api;

  @Test
  void requestBodyIsSentAsJson() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"name\":\"spoon\"}"));

    assertEquals("spoon", Calls.execute(api.create(ItemsApi.Item.named("spoon"))).name);

    RecordedRequest request = server.takeRequest();
    assertEquals("POST /items HTTP/1.1", request.getRequestLine());
    assertEquals("{\"name\":\"spoon\"}", request.getBody().readUtf8());
  }

  @Test
  void requestBodyMissingARequiredFieldIsRefusedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> api.create(ItemsApi.Item.named(null)).execute());

    assertEquals("Missing required field 'name' in Item; nothing was sent", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void requestBodyTheClientsRuleRefusesIsNotSent() {
    ItemsApi.Item draft = ItemsApi.Item.named("spoon");
    draft.note = "draft";

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> api.create(draft).execute());

    assertEquals("A draft item cannot be created", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t"})
  void emptyOrBlankPathParameterIsRefusedBeforeSending(String id) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> api.get(id).execute());

    assertEquals("Path parameter 'id' must not be empty or blank; nothing was sent", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void pathParameterIsSentAsGivenAndABlankQueryParameterIsNotRefused() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"name\":\"spoon\"}"));
    server.enqueue(new MockResponse().setBody("[]"));

    Calls.execute(api.get("a-7"));
    Calls.execute(api.list(" "));

    assertEquals("/items/a-7", server.takeRequest().getPath());
    assertEquals("/items?q=%20", server.takeRequest().getPath());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "  \n"})
  void emptyResponseBodyIsADecodeFailureThatKeepsIt(String body) {
    server.enqueue(new MockResponse().setBody(body));

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> api.get("7").execute());

    assertEquals("Expected a JSON Item but the body was empty", e.getMessage());
    assertEquals(body, e.rawBody());
    assertNull(e.getCause());
  }

  @Test
  void responseOfTheWrongShapeIsADecodeFailureThatKeepsTheBodyAndTheCause() {
    server.enqueue(new MockResponse().setBody("{\"name\":[1]}"));

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> api.get("7").execute());

    assertEquals("Could not decode Item: Expected a string but was BEGIN_ARRAY at path $.name", e.getMessage());
    assertEquals("{\"name\":[1]}", e.rawBody());
    assertTrue(e.getCause() instanceof JsonDataException);
  }

  @Test
  void decodeFailureKeepsTheBodyWithSecretFieldsMasked() {
    // The client's secret fields (here the OAuth ones every client masks) are masked wherever a body is kept.
    server.enqueue(new MockResponse().setBody("{\"name\":[1],\"access_token\":\"tok-4711\"}"));
    server.enqueue(new MockResponse().setBody("{\"note\":\"b\",\"Password\":\"hunter2\"}"));

    ApiDecodeException wrongShape = assertThrows(ApiDecodeException.class, () -> api.get("7").execute());
    ApiDecodeException lacking = assertThrows(ApiDecodeException.class, () -> api.get("8").execute());

    assertEquals("{\"name\":[1],\"access_token\":\"***\"}", wrongShape.rawBody());
    assertEquals("{\"note\":\"b\",\"Password\":\"***\"}", lacking.rawBody());
    assertEquals("Could not decode Item: required field 'name' is missing", lacking.getMessage());
  }

  @Test
  void responseLackingARequiredFieldIsADecodeFailureNamingItsPath() {
    server.enqueue(new MockResponse().setBody("[{\"name\":\"a\"},{\"note\":\"b\"}]"));

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> api.list("x").execute());

    assertEquals("Could not decode java.util.List<" + ItemsApi.Item.class.getName()
        + ">: required field '[1].name' is missing", e.getMessage());
    assertEquals("[{\"name\":\"a\"},{\"note\":\"b\"}]", e.rawBody());
  }

  @Test
  void responseWithEveryRequiredFieldDecodes() throws Exception {
    server.enqueue(new MockResponse().setBody("[{\"name\":\"a\"},{\"name\":\"b\",\"note\":\"c\"}]"));

    List<ItemsApi.Item> items = Calls.execute(api.list("x"));

    assertEquals(2, items.size());
    assertEquals("b", items.get(1).name);
    assertEquals("c", items.get(1).note);
  }

  /** Moshi 1.11's strict reader takes this valid integer for one with a leading zero. */
  private static final String WRAPPING_INTEGER = "184467440737095516160";

  @Test
  void unknownMemberThatMoshisStrictModeRefusesIsSkipped() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"total\":" + WRAPPING_INTEGER + ",\"name\":\"a\"}"));

    assertEquals("a", Calls.execute(api.get("7")).name);
  }

  @Test
  void unknownMemberThatMoshisStrictModeRefusesIsSkippedInsideAKnownObject() throws Exception {
    server.enqueue(new MockResponse().setBody(
        "\ufeff{\"a\":[{\"name\":\"x\",\"serial\":-" + WRAPPING_INTEGER + ".5e-3}]}"));

    assertEquals("x", Calls.execute(api.index()).get("a").get(0).name);
  }

  @Test
  void truncatedJsonKeepsMoshisMessage() {
    server.enqueue(new MockResponse().setBody("{\"name\":\"a"));

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> api.get("7").execute());

    assertEquals("Could not decode Item: Unterminated string at path $.name", e.getMessage());
  }

  @Test
  void htmlPageKeepsMoshisMessage() {
    server.enqueue(new MockResponse().setBody("<html><body>Welcome to nginx!</body></html>"));

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> api.get("7").execute());

    assertEquals("Could not decode Item: Use JsonReader.setLenient(true) to accept malformed JSON at path $", e.getMessage());
  }

  /** Valid JSON, but not what the type holds: the lenient second reading's message is the one shown. */
  @Test
  void validJsonThatStillDoesNotFitIsADecodeFailureNamingItsPath() {
    server.enqueue(new MockResponse().setBody("{\"total\":" + WRAPPING_INTEGER + ",\"name\":[]}"));

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> api.get("7").execute());

    assertEquals("Could not decode Item: Expected a string but was BEGIN_ARRAY at path $.name", e.getMessage());
  }
}
