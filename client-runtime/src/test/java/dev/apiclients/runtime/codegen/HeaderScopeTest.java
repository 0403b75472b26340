package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HeaderScopeTest {
  private final HeaderScope account = HeaderScope.of("X-Cyclr-Account", "acc-1");
  private final HeaderScope partner = HeaderScope.none("X-Cyclr-Account", "call it on cyclr.forAccount(accountId)");

  @Test
  void scopedViewSendsItsValue() {
    assertEquals("acc-1", account.value());
    assertEquals("acc-1", account.require("installConnector"));
    assertEquals("HeaderScope{X-Cyclr-Account=acc-1}", account.toString());
  }

  @Test
  void viewWithoutScopeRefusesScopedOperationsSayingHowToGetOne() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> partner.require("installConnector"));

    assertEquals("installConnector acts inside one account and needs the X-Cyclr-Account header, which this view"
        + " does not send: call it on cyclr.forAccount(accountId); nothing was sent", e.getMessage());
    assertNull(partner.value());
    assertEquals("HeaderScope{none}", partner.toString());
  }

  @Test
  void clientWithoutScopedOperationsSendsNoScope() {
    HeaderScope unused = HeaderScope.unused();

    assertNull(unused.value());
    assertEquals("HeaderScope{none}", unused.toString());
  }

  @Test
  void scopeValueIsRequired() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> HeaderScope.of("X-Cyclr-Account", null));
    assertEquals("value == null", e.getMessage());
  }

  @Test
  void argumentNamingAnotherScopeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> account.requireSame("updateAccount", "the body's Id", "acc-2"));

    assertEquals("updateAccount: the body's Id is \"acc-2\" but this view sends X-Cyclr-Account: \"acc-1\";"
        + " nothing was sent", e.getMessage());
  }

  @Test
  void argumentNamingTheSameScopeOrNoneIsAccepted() {
    assertDoesNotThrow(() -> account.requireSame("updateAccount", "the body's Id", "acc-1"));
    assertDoesNotThrow(() -> account.requireSame("updateAccount", "the body's Id", null));
  }

  @Test
  void viewWithoutScopeRefusesEvenAMatchingArgument() {
    assertThrows(IllegalStateException.class, () -> partner.requireSame("updateAccount", "the body's Id", "acc-1"));
  }
}
