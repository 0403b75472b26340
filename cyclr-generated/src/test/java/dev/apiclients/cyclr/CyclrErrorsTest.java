package dev.apiclients.cyclr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.apiclients.runtime.ProviderError;
import dev.apiclients.runtime.testing.ErrorParserContract;
import org.junit.jupiter.api.Test;

/**
 * Reading Cyclr's error bodies: ASP.NET Web API errors, OAuth errors and anything else; hostile
 * bodies as {@link ErrorParserContract} has them.
 */
class CyclrErrorsTest extends ErrorParserContract {
  private final CyclrErrors errors = new CyclrErrors();

  @Override
  protected ProviderError.Parser parser() {
    return errors;
  }

  @Test
  void messageAlone() {
    ProviderError error = errors.parse("{\"Message\":\"Authorization has been denied for this request.\"}");
    assertNull(error.code());
    assertEquals("Authorization has been denied for this request.", error.message());
  }

  @Test
  void modelStateMessagesFollowTheMessage() {
    ProviderError error = errors.parse("{\"Message\":\"The request is invalid.\",\"ModelState\":{"
        + "\"model.Name\":[\"The Name field is required.\"],"
        + "\"model.PricePlanId\":[\"Unknown plan.\",\"Must be a number.\"]}}");
    assertNull(error.code());
    assertEquals("The request is invalid. (model.Name: The Name field is required.; "
        + "model.PricePlanId: Unknown plan., Must be a number.)", error.message());
  }

  @Test
  void messageDetailFollowsTheMessage() {
    ProviderError error = errors.parse("{\"Message\":\"No HTTP resource was found.\","
        + "\"MessageDetail\":\"No action was found on the controller that matches the request.\"}");
    assertEquals("No HTTP resource was found. No action was found on the controller that matches the request.",
        error.message());
  }

  @Test
  void modelStateEntryWithoutFieldNameKeepsItsMessage() {
    ProviderError error = errors.parse("{\"ModelState\":{\"\":[\"The body is empty.\"]}}");
    assertEquals("(The body is empty.)", error.message());
  }

  @Test
  void camelCaseNamesAreRead() {
    ProviderError error = errors.parse("{\"message\":\"Account not found.\"}");
    assertEquals("Account not found.", error.message());
  }

  @Test
  void oauthErrorGivesCodeAndDescription() {
    ProviderError error = errors.parse("{\"error\":\"invalid_client\",\"error_description\":\"Bad secret.\"}");
    assertEquals("invalid_client", error.code());
    assertEquals("Bad secret.", error.message());
  }

  @Test
  void oauthErrorWithoutDescriptionHasNoMessage() {
    ProviderError error = errors.parse("{\"error\":\"invalid_grant\"}");
    assertEquals("invalid_grant", error.code());
    assertNull(error.message());
  }

  @Test
  void bodiesWithoutAnErrorGiveNone() {
    assertSame(ProviderError.NONE, errors.parse("<html><body>502 Bad Gateway</body></html>"));
    assertSame(ProviderError.NONE, errors.parse(""));
    assertSame(ProviderError.NONE, errors.parse(null));
    assertSame(ProviderError.NONE, errors.parse("[\"Message\"]"));
    assertSame(ProviderError.NONE, errors.parse("{\"Other\":1}"));
    assertSame(ProviderError.NONE, errors.parse("{\"Message\":"));
  }

  @Test
  void unexpectedShapesAreSkipped() {
    assertSame(ProviderError.NONE, errors.parse("{\"Message\":42,\"ModelState\":[1,2],\"error\":{}}"));
    ProviderError error = errors.parse("{\"Message\":\"Invalid.\",\"ModelState\":{\"a\":\"one\",\"b\":[1,null],\"c\":{}}}");
    assertEquals("Invalid. (a: one)", error.message());
  }
}
