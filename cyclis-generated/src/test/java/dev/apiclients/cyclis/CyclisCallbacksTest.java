package dev.apiclients.cyclis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclis.CyclisCallbackEvent.CompanyAccessChanged;
import dev.apiclients.cyclis.CyclisCallbackEvent.OrderChanged;
import dev.apiclients.cyclis.CyclisCallbackEvent.Unknown;
import dev.apiclients.cyclis.model.CompanyAccessAction;
import dev.apiclients.runtime.ApiDecodeException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CyclisCallbacksTest {
  private static final String ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08";
  private static final String ORDER = "{\"data\":{\"type\":\"order\",\"id\":\"" + ID + "\"}}";
  private static final String COMPANY_REMOVED =
      "{\"data\":{\"type\":\"company\",\"id\":\"" + ID + "\"},\"meta\":{\"action\":\"removed\"}}";

  @Test
  void orderPayloadIsAnOrderChange() throws Exception {
    OrderChanged event = assertInstanceOf(OrderChanged.class, CyclisCallbacks.parse(ORDER));

    assertEquals(ID, event.orderId());
    assertEquals(ORDER, event.rawJson());
    assertEquals("OrderChanged{orderId=" + ID + "}", event.toString());
  }

  @Test
  void companyPayloadIsACompanyAccessChangeNotAnOrderChange() throws Exception {
    CompanyAccessChanged event = assertInstanceOf(CompanyAccessChanged.class,
        CyclisCallbacks.parse(COMPANY_REMOVED.getBytes(StandardCharsets.UTF_8)));

    assertEquals(ID, event.companyId());
    assertEquals(CompanyAccessAction.REMOVED, event.action());
    assertEquals(COMPANY_REMOVED, event.rawJson());
    assertEquals("CompanyAccessChanged{companyId=" + ID + ", action=removed}", event.toString());
  }

  @Test
  void companyPayloadWithoutMetaHasNoAction() throws Exception {
    CompanyAccessChanged event = assertInstanceOf(CompanyAccessChanged.class,
        CyclisCallbacks.parse("{\"data\":{\"type\":\"company\",\"id\":\"c-1\"}}"));

    assertEquals("c-1", event.companyId());
    assertNull(event.action());
  }

  @Test
  void actionThisVersionDoesNotKnowIsKept() throws Exception {
    CompanyAccessChanged event = assertInstanceOf(CompanyAccessChanged.class, CyclisCallbacks.parse(
        "{\"data\":{\"type\":\"company\",\"id\":\"c-1\"},\"meta\":{\"action\":\"suspended\"}}"));

    assertEquals("suspended", event.action().value());
    assertFalse(event.action().isKnown());
  }

  @Test
  void unknownMembersAreToleratedAndKeptInTheRawJson() throws Exception {
    String body = "{\"data\":{\"type\":\"order\",\"id\":\"" + ID + "\",\"attributes\":{\"state\":\"delivered\"}},"
        + "\"links\":{\"self\":\"https://integrator-api.cyclis.be/orders/" + ID + "\"},\"jsonapi\":{\"version\":\"1.0\"}}";

    OrderChanged event = assertInstanceOf(OrderChanged.class, CyclisCallbacks.parse(body));

    assertEquals(ID, event.orderId());
    assertEquals(body, event.rawJson());
  }

  @Test
  void idsAreTakenAsWrittenWithoutDemandingAUuid() throws Exception {
    OrderChanged upper = assertInstanceOf(OrderChanged.class,
        CyclisCallbacks.parse("{\"data\":{\"type\":\"order\",\"id\":\"497F6ECA-6276-4993-BFEB-53CBBBBA6F08\"}}"));
    OrderChanged number = assertInstanceOf(OrderChanged.class,
        CyclisCallbacks.parse("{\"data\":{\"type\":\"order\",\"id\":12345}}"));

    assertEquals("497F6ECA-6276-4993-BFEB-53CBBBBA6F08", upper.orderId());
    assertEquals("12345", number.orderId());
  }

  @Test
  void newKindOfCallbackIsKeptAsUnknown() throws Exception {
    String body = "{\"data\":{\"type\":\"invoice\",\"id\":\"" + ID + "\"}}";

    Unknown event = assertInstanceOf(Unknown.class, CyclisCallbacks.parse(body));

    assertEquals("invoice", event.kind());
    assertEquals("data.type 'invoice' is not a kind of callback this version knows (order, company)", event.reason());
    assertEquals(body, event.rawJson());
    assertEquals("Unknown{kind=invoice, reason=" + event.reason() + ", rawJson=" + body.length() + " chars}",
        event.toString());
  }

  @Test
  void orderPayloadWithoutIdNamesTheMissingField() throws Exception {
    Unknown event = assertInstanceOf(Unknown.class, CyclisCallbacks.parse("{\"data\":{\"type\":\"order\"}}"));

    assertEquals("order", event.kind());
    assertEquals("an order callback without data.id (required)", event.reason());
  }

  @Test
  void companyPayloadWithNullOrEmptyIdNamesTheField() throws Exception {
    Unknown nullId = assertInstanceOf(Unknown.class,
        CyclisCallbacks.parse("{\"data\":{\"type\":\"company\",\"id\":null}}"));
    Unknown emptyId = assertInstanceOf(Unknown.class,
        CyclisCallbacks.parse("{\"data\":{\"type\":\"company\",\"id\":\" \"}}"));

    assertEquals("a company callback without data.id (required)", nullId.reason());
    assertEquals("a company callback with an empty data.id", emptyId.reason());
  }

  @Test
  void knownKindOfAnotherShapeNamesThePath() throws Exception {
    Unknown event = assertInstanceOf(Unknown.class,
        CyclisCallbacks.parse("{\"data\":{\"type\":\"company\",\"id\":\"c-1\"},\"meta\":[\"added\"]}"));

    assertEquals("company", event.kind());
    assertEquals("not the shape of a company callback: Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $.meta",
        event.reason());
  }

  @Test
  void jsonWithoutAKindIsUnknownAndSaysWhy() throws Exception {
    assertEquals("data.type is missing: cannot tell which kind of callback this is",
        assertInstanceOf(Unknown.class, CyclisCallbacks.parse("{}")).reason());
    assertEquals("data.type is missing: cannot tell which kind of callback this is",
        assertInstanceOf(Unknown.class, CyclisCallbacks.parse("{\"data\":{\"type\":7,\"id\":\"x\"}}")).reason());
    assertEquals("data.type is missing: cannot tell which kind of callback this is",
        assertInstanceOf(Unknown.class, CyclisCallbacks.parse("{\"data\":[{\"type\":\"order\"}]}")).reason());
    assertEquals("the body is JSON an array, not an object",
        assertInstanceOf(Unknown.class, CyclisCallbacks.parse("[1,2]")).reason());
    assertEquals("the body is JSON null, not an object",
        assertInstanceOf(Unknown.class, CyclisCallbacks.parse(" null ")).reason());
  }

  @Test
  void validJsonThatMoshiCannotReadAsValuesStillParses() throws Exception {
    // A number beyond a double and a repeated member are valid JSON; reading them as values would throw.
    String body = "{\"data\":{\"type\":\"order\",\"id\":\"o-1\"},\"big\":1e999,\"big\":2}";

    assertEquals("o-1", assertInstanceOf(OrderChanged.class, CyclisCallbacks.parse(body)).orderId());
  }

  @Test
  void integerThatMoshisStrictModeRefusesStillParses() throws Exception {
    // 2^64 * 10: Moshi 1.11's strict reader takes the wrapped-around value 0 for a leading zero.
    String body = "{\"data\":{\"type\":\"company\",\"id\":184467440737095516160},\"n\":184467440737095516160}";

    assertEquals("184467440737095516160",
        assertInstanceOf(CompanyAccessChanged.class, CyclisCallbacks.parse(body)).companyId());
  }

  @Test
  void utf8ByteOrderMarkIsSkippedAndKeptInTheRawJson() throws Exception {
    byte[] body = ("\uFEFF" + ORDER).getBytes(StandardCharsets.UTF_8);

    OrderChanged event = assertInstanceOf(OrderChanged.class, CyclisCallbacks.parse(body));

    assertEquals(ID, event.orderId());
    assertEquals("\uFEFF" + ORDER, event.rawJson());
  }

  @Test
  void htmlBodyIsADecodeExceptionSayingWhereItIsNotJson() {
    String body = "<html><body>502 Bad Gateway</body></html>";

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> CyclisCallbacks.parse(body));

    assertEquals("Callback body is not JSON: unexpected '<' at byte 0; expected a value", e.getMessage());
    assertEquals(body, e.rawBody());
  }

  @Test
  void offsetsCountTheBytesOfTheBodyFromItsByteOrderMark() {
    byte[] body = "\uFEFF{\"data\"=1}".getBytes(StandardCharsets.UTF_8);

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> CyclisCallbacks.parse(body));

    assertEquals("Callback body is not JSON: unexpected '=' at byte 10; expected ':'", e.getMessage());
  }

  @Test
  void truncatedJsonIsADecodeExceptionSayingWhereItEnds() {
    String body = "{\"data\":{\"type\":\"order\",\"id\":\"o-";

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> CyclisCallbacks.parse(body));

    assertEquals("Callback body is not JSON: it ends at byte 32; expected the rest of a string", e.getMessage());
    assertEquals(body, e.rawBody());
  }

  @Test
  void twoDocumentsInOneBodyAreADecodeExceptionSayingWhereTheSecondStarts() {
    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> CyclisCallbacks.parse(ORDER + " " + ORDER));

    assertEquals("Callback body is not JSON: more follows the JSON document at byte " + (ORDER.length() + 1)
        + "; expected one document only", e.getMessage());
    assertEquals(ORDER + " " + ORDER, e.rawBody());
  }

  @Test
  void whatJsonForbidsIsADecodeExceptionNamingTheByte() {
    assertEquals("Callback body is not JSON: unexpected control character 0x0a at byte 10; expected a character;"
        + " inside a string a control character must be escaped",
        assertThrows(ApiDecodeException.class, () -> CyclisCallbacks.parse("{\"data\":\"a\nb\"}")).getMessage());
    assertEquals("Callback body is not JSON: unexpected 'x' at byte 11; expected one of \" \\ / b f n r t u"
        + " after a backslash",
        assertThrows(ApiDecodeException.class, () -> CyclisCallbacks.parse("{\"data\":\"a\\x\"}")).getMessage());
    assertEquals("Callback body is not JSON: unexpected '}' at byte 7; expected a member name in double quotes",
        assertThrows(ApiDecodeException.class, () -> CyclisCallbacks.parse("{\"a\":1,}")).getMessage());
    assertEquals("Callback body is not JSON: unexpected '.' at byte 6; expected a digit",
        assertThrows(ApiDecodeException.class, () -> CyclisCallbacks.parse("{\"a\":-.5}")).getMessage());
    assertEquals("Callback body is not JSON: unexpected 'T' at byte 5; expected a value",
        assertThrows(ApiDecodeException.class, () -> CyclisCallbacks.parse("{\"a\":TRUE}")).getMessage());
  }

  @Test
  void validJsonNestedDeeperThanMoshiReadsIsKeptAsUnknown() throws Exception {
    String body = ORDER.substring(0, ORDER.length() - 1) + ",\"x\":" + nested(300) + "}";

    Unknown event = assertInstanceOf(Unknown.class, CyclisCallbacks.parse(body));

    assertNull(event.kind());
    assertEquals("the body nests JSON 301 levels deep, deeper than the 255 levels Moshi reads: it cannot be typed",
        event.reason());
    assertEquals(body, event.rawJson());
  }

  @Test
  void validJsonNestedAsDeepAsMoshiReadsIsTyped() throws Exception {
    String body = ORDER.substring(0, ORDER.length() - 1) + ",\"x\":" + nested(254) + "}";

    assertEquals(ID, assertInstanceOf(OrderChanged.class, CyclisCallbacks.parse(body)).orderId());
  }

  @Test
  void deeplyNestedBodyThatIsNotJsonIsStillADecodeException() {
    String body = "{\"data\":" + "[".repeat(300);

    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> CyclisCallbacks.parse(body));

    assertEquals("Callback body is not JSON: it ends at byte 308; expected a value", e.getMessage());
    assertEquals(body, e.rawBody());
  }

  @Test
  void emptyBodyIsADecodeException() {
    ApiDecodeException e = assertThrows(ApiDecodeException.class, () -> CyclisCallbacks.parse(new byte[] {' ', '\n'}));

    assertEquals("Callback body is empty: expected a JSON document", e.getMessage());
    assertEquals(" \n", e.rawBody());
  }

  /** {@code depth} arrays, one inside the other, around a number. */
  private static String nested(int depth) {
    return "[".repeat(depth) + "1" + "]".repeat(depth);
  }

  @Test
  void eventsAreValues() throws Exception {
    assertEquals(CyclisCallbacks.parse(ORDER), CyclisCallbacks.parse(ORDER.getBytes(StandardCharsets.UTF_8)));
    assertEquals(CyclisCallbacks.parse(ORDER).hashCode(), CyclisCallbacks.parse(ORDER).hashCode());
    assertEquals(CyclisCallbacks.parse(COMPANY_REMOVED), CyclisCallbacks.parse(COMPANY_REMOVED));
    assertNotEquals(CyclisCallbacks.parse(ORDER), CyclisCallbacks.parse(COMPANY_REMOVED));
    assertNotEquals(CyclisCallbacks.parse(ORDER), CyclisCallbacks.parse(ORDER + " "));
  }

  @Test
  void secretMatchesOnlyTheSameSecret() {
    String secret = "6f1c0b9e8d7a";

    assertTrue(CyclisCallbacks.secretMatches(secret, "6f1c0b9e8d7a"));
    assertFalse(CyclisCallbacks.secretMatches(secret, "6f1c0b9e8d7b"));
    assertFalse(CyclisCallbacks.secretMatches(secret, "6f1c0b9e8d7a0"));
    assertFalse(CyclisCallbacks.secretMatches(secret, ""));
    assertFalse(CyclisCallbacks.secretMatches(secret, null));
  }

  @Test
  void emptyExpectedSecretIsRefusedRatherThanMatchingAnEmptyOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CyclisCallbacks.secretMatches("", ""));

    assertEquals("The expected callback secret must not be null or empty", e.getMessage());
  }

  @Test
  void newSecretsAre256RandomBitsInHex() {
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String secret = CyclisCallbacks.newSecret();
      assertTrue(secret.matches("[0-9a-f]{64}"), secret);
      secrets.add(secret);
    }
    assertEquals(100, secrets.size());
  }
}
