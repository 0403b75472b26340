package dev.apiclients.cyclr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.apiclients.cyclr.model.SignInToken;
import org.junit.jupiter.api.Test;

/** Regions' hosts and the sign-in URLs built from them. */
class CyclrRegionTest {
  private static final String TOKEN = "ab+cd/ef=gh==";
  private static final String ENCODED = "ab%2Bcd%2Fef%3Dgh%3D%3D";

  @Test
  void regionsNameConsoleAndTokenHosts() {
    assertRegion(CyclrRegion.US, "my.cyclr.com", "api.cyclr.com");
    assertRegion(CyclrRegion.US2, "us2.cyclr.com", "api.us2.cyclr.com");
    assertRegion(CyclrRegion.UK, "my.cyclr.uk", "api.cyclr.uk");
    assertRegion(CyclrRegion.EU, "eu.cyclr.com", "api.eu.cyclr.com");
    assertRegion(CyclrRegion.APAC, "apac.cyclr.com", "api.apac.cyclr.com");
  }

  @Test
  void signInUrlEncodesTheToken() {
    try (CyclrClient cyclr = CyclrClient.builder().bearerToken("t").build()) {
      assertEquals("https://my.cyclr.com/account/signinwithtoken?token=" + ENCODED, cyclr.signInUrl(TOKEN));
    }
  }

  @Test
  void signInUrlUsesTheRegionsConsoleHost() {
    for (CyclrRegion region : CyclrRegion.values()) {
      try (CyclrClient cyclr = CyclrClient.builder().region(region).bearerToken("t").build()) {
        assertEquals("https://" + region.consoleHost() + "/account/signinwithtoken?token=" + ENCODED,
            cyclr.signInUrl(TOKEN));
      }
    }
  }

  @Test
  void signInUrlUsesACustomConsoleHost() {
    try (CyclrClient cyclr = CyclrClient.builder()
        .baseUrl("https://api-gateway.example.com/cyclr/api/partner/")
        .consoleHost("cyclr.example.com")
        .bearerToken("t")
        .build()) {
      assertEquals("https://cyclr.example.com/account/signinwithtoken?token=" + ENCODED, cyclr.signInUrl(TOKEN));
    }
  }

  @Test
  void signInUrlOfAPrivateInstanceDefaultsToTheBaseUrlsHost() {
    try (CyclrClient cyclr = CyclrClient.builder()
        .baseUrl("https://cyclr.example.com/api/partner/")
        .bearerToken("t")
        .build()) {
      assertEquals("https://cyclr.example.com/account/signinwithtoken?token=" + ENCODED, cyclr.signInUrl(TOKEN));
    }
  }

  @Test
  void regionReplacesAnEarlierConsoleHost() {
    try (CyclrClient cyclr = CyclrClient.builder()
        .consoleHost("cyclr.example.com")
        .region(CyclrRegion.UK)
        .bearerToken("t")
        .build()) {
      assertEquals("https://my.cyclr.uk/account/signinwithtoken?token=x", cyclr.signInUrl("x"));
    }
  }

  @Test
  void signInUrlTakesTheTokenOfASignInTokenAnswer() {
    try (CyclrClient cyclr = CyclrClient.builder().region(CyclrRegion.EU).bearerToken("t").build()) {
      assertEquals("https://eu.cyclr.com/account/signinwithtoken?token=" + ENCODED,
          cyclr.signInUrl(new SignInToken().token(TOKEN)));
    }
  }

  @Test
  void signInUrlRefusesAMissingToken() {
    try (CyclrClient cyclr = CyclrClient.builder().bearerToken("t").build()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> cyclr.signInUrl(new SignInToken()));
      assertEquals("token must not be null or empty", e.getMessage());
    }
  }

  private static void assertRegion(CyclrRegion region, String console, String apiDomain) {
    assertEquals(console, region.consoleHost());
    assertEquals(apiDomain, region.apiDomain());
    assertEquals("https://" + console + "/api/partner/", region.baseUrl());
    assertEquals("https://" + apiDomain + "/oauth/token", region.tokenUrl());
  }
}
