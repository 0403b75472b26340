package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pact-against-spec check bites. The fixtures under {@code wrong-pacts/} are pact files that
 * break their spec on purpose, one fault per interaction; the check must report each fault with the
 * interaction's name and the validator's message, and nothing else.
 */
class PactSpecCheckTest {
  @Test
  void wrongCyclisPactIsReportedInteractionByInteraction() {
    List<String> violations = PactSpecCheck.violations(ApiUnderTest.CYCLIS, wrongPact(ApiUnderTest.CYCLIS));

    assertEquals(List.of(
        "'a request to get order 497f6eca-6276-4993-bfeb-53cbbbba6f08, answered with lease_duration as text': "
            + "[validation.response.body.schema.type] [Path '/data/attributes/lease_duration'] Instance type "
            + "(string) does not match any allowed primitive type (allowed: [\"integer\"])",
        "'a request to confirm order 497f6eca-6276-4993-bfeb-53cbbbba6f08 without a status': "
            + "[validation.request.body.schema.required] [Path '/data/attributes'] Object has missing required "
            + "properties ([\"status\"])",
        "'a request to list the dealers, answered with type dealers': "
            + "[validation.response.body.schema.enum] [Path '/data/0/type'] Instance value (\"dealers\") not found "
            + "in enum (possible values: [\"dealer\"])",
        "'a request to list the companies without an API token': "
            + "[validation.request.security.missing] GET on path '/companies' requires security parameters. "
            + "None found.",
        "'a request to get the invoice of order 497f6eca-6276-4993-bfeb-53cbbbba6f08': "
            + "[validation.request.path.missing] No API path found that matches request "
            + "'/orders/497f6eca-6276-4993-bfeb-53cbbbba6f08/invoice'."),
        violations);
  }

  @Test
  void wrongCyclrPactIsReportedInteractionByInteraction() {
    List<String> violations = PactSpecCheck.violations(ApiUnderTest.CYCLR, wrongPact(ApiUnderTest.CYCLR));

    assertEquals(List.of(
        "'a request to list the partner's accounts, answered with PricePlanId as text': "
            + "[validation.response.body.schema.type] [Path '/0/PricePlanId'] Instance type (string) does not "
            + "match any allowed primitive type (allowed: [\"integer\",\"null\"])",
        "'a request to create an account without a Name': "
            + "[validation.request.body.schema.required] Object has missing required properties ([\"Name\"])",
        "'a request to create a sign-in token, answered with a day-first ExpiresAtUtc': "
            + "[validation.response.body.schema.format.date-time] [Path '/ExpiresAtUtc'] String \"18/11/2016 "
            + "10:50:45\" is invalid against requested date format(s) [yyyy-MM-dd'T'HH:mm:ssZ, "
            + "yyyy-MM-dd'T'HH:mm:ss.[0-9]{1,12}Z]",
        // swagger-request-validator skips OAuth 2.0; BearerTokenCheck makes up for it.
        "'a request to get the usage of account 0123456789abcdef0123456789abcdef without an access token': "
            + "[validation.request.security.missing] OAuth 2.0 security requires an 'Authorization: Bearer "
            + "<token>' header; the request has none",
        // The base path is part of every path, not an optional prefix.
        "'a request to list the price plans outside the Partner API base path': "
            + "[validation.request.path.missing] No API path found that matches request '/priceplans'."),
        violations);
  }

  private static Path wrongPact(ApiUnderTest api) {
    return ApiUnderTest.resourceDir("wrong-pacts").resolve(ApiUnderTest.CONSUMER + "-" + api.provider() + ".json");
  }
}
