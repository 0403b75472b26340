package dev.apiclients.cyclr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder's checks: credentials, URLs and the settings that go together. */
class CyclrClientBuilderTest {
  @Test
  void buildWithoutCredentialsFails() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CyclrClient.builder().build());
    assertEquals("Credentials are required: call clientCredentials(clientId, clientSecret) or bearerToken(token)",
        e.getMessage());
  }

  @Test
  void buildWithClientCredentialsAndBearerTokenFails() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CyclrClient.builder().clientCredentials("id", "secret").bearerToken("token").build());
    assertEquals("Call clientCredentials(..) or bearerToken(..), not both: a fixed token would never be renewed",
        e.getMessage());
  }

  @Test
  void accountScopeWithBearerTokenFails() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CyclrClient.builder().bearerToken("token").accountScope("account-1").build());
    assertEquals("accountScope(..) shapes token requests, which bearerToken(..) never makes; use clientCredentials(..)",
        e.getMessage());
  }

  @Test
  void regionSetsTheTokenUrl() {
    try (CyclrClient cyclr = CyclrClient.builder().region(CyclrRegion.EU).clientCredentials("id", "secret").build()) {
      assertEquals("CyclrClient{baseUrl=https://eu.cyclr.com/api/partner/, auth=OAuthTokens{"
          + "tokenUrl=https://api.eu.cyclr.com/oauth/token, clientSecret=***}}", cyclr.toString());
    }
  }

  @Test
  void baseUrlOfARegionImpliesItsTokenUrl() {
    try (CyclrClient cyclr = CyclrClient.builder().baseUrl("https://my.cyclr.uk/api/partner")
        .clientCredentials("id", "secret").build()) {
      assertEquals("CyclrClient{baseUrl=https://my.cyclr.uk/api/partner/, auth=OAuthTokens{"
          + "tokenUrl=https://api.cyclr.uk/oauth/token, clientSecret=***}}", cyclr.toString());
    }
  }

  @Test
  void privateBaseUrlWithoutTokenUrlFails() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CyclrClient.builder()
        .baseUrl("https://cyclr.example.com/api/partner/").clientCredentials("id", "secret").build());
    assertEquals("tokenUrl(..) is required when baseUrl is not a Cyclr region's "
        + "(https://cyclr.example.com/api/partner/): the token endpoint of a private instance cannot be guessed",
        e.getMessage());
  }

  @Test
  void privateInstanceTakesBothUrls() {
    try (CyclrClient cyclr = CyclrClient.builder()
        .baseUrl("https://cyclr.example.com/api/partner/")
        .tokenUrl("https://api.cyclr.example.com/oauth/token")
        .clientCredentials("id", "secret")
        .accountScope("account-1")
        .build()) {
      assertEquals("CyclrClient{baseUrl=https://cyclr.example.com/api/partner/, auth=OAuthTokens{"
          + "tokenUrl=https://api.cyclr.example.com/oauth/token, clientSecret=***, scope=account:account-1}}",
          cyclr.toString());
    }
  }

  @Test
  void plainHttpTokenUrlIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CyclrClient.builder().tokenUrl("http://api.cyclr.com/oauth/token"));
    assertEquals("The token URL must use https (http is allowed only on loopback): http://api.cyclr.com/oauth/token",
        e.getMessage());
  }

  @Test
  void hostNameThatLooksLikeLoopbackIsNotLoopback() {
    assertThrows(IllegalArgumentException.class, () -> CyclrClient.builder().tokenUrl("http://127.example.com/oauth/token"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/oauth/token", "http://localhost/oauth/token",
      "http://[::1]:8080/oauth/token"})
  void plainHttpTokenUrlIsTakenOnLoopback(String tokenUrl) {
    try (CyclrClient cyclr = CyclrClient.builder()
        .baseUrl("https://cyclr.example.com/api/partner/")
        .tokenUrl(tokenUrl)
        .clientCredentials("id", "secret")
        .build()) {
      assertEquals("CyclrClient{baseUrl=https://cyclr.example.com/api/partner/, auth=OAuthTokens{"
          + "tokenUrl=" + tokenUrl + ", clientSecret=***}}", cyclr.toString());
    }
  }

  @Test
  void plainHttpBaseUrlIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> CyclrClient.builder().baseUrl("http://my.cyclr.com/api/partner/"));
  }

  @Test
  void consoleHostWithSchemeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CyclrClient.builder().consoleHost("https://my.cyclr.com"));
    assertEquals("consoleHost must be a host name such as my.cyclr.com, without scheme or path: https://my.cyclr.com",
        e.getMessage());
  }

  @Test
  void blankCredentialsAreRefused() {
    assertEquals("clientId must not be null or blank", assertThrows(IllegalArgumentException.class,
        () -> CyclrClient.builder().clientCredentials(" ", "secret")).getMessage());
    assertEquals("clientSecret must not be null or empty", assertThrows(IllegalArgumentException.class,
        () -> CyclrClient.builder().clientCredentials("id", "")).getMessage());
  }

  @Test
  void bearerTokenThatCannotBeAHeaderIsRefusedWithoutEchoingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CyclrClient.builder().bearerToken("secret token\n"));
    assertEquals("bearerToken must be non-empty visible ASCII, as an HTTP header value must be", e.getMessage());
  }
}
