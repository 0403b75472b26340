package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  @Test
  void requiredArgumentIsPassedThrough() {
    String id = "order-1";
    assertSame(id, Arguments.required(id, "orderId"));
  }

  @Test
  void missingRequiredArgumentIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Arguments.required(null, "orderId"));
    assertEquals("orderId must not be null; nothing was sent", e.getMessage());
  }

  @Test
  void datesAreFormattedAsTheWireExpects() {
    assertEquals("2021-12-30", Arguments.localDate(LocalDate.of(2021, 12, 30)));
    assertEquals("0999-01-02", Arguments.localDate(LocalDate.of(999, 1, 2)));
    assertNull(Arguments.localDate(null));
  }

  @Test
  void dateTimesAlwaysHaveSecondsAndNeverAFraction() {
    assertEquals("2021-12-15T10:30:00", Arguments.localDateTime(LocalDateTime.of(2021, 12, 15, 10, 30)));
    assertEquals("2021-12-15T10:30:07", Arguments.localDateTime(LocalDateTime.of(2021, 12, 15, 10, 30, 7, 999_000_000)));
    assertNull(Arguments.localDateTime(null));
  }

  @Test
  void bodyIdDifferentFromThePathsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Arguments.samePathAndBodyId("updateOrder", "o-1", "o-2"));
    assertEquals("updateOrder: the body's data.id o-2 differs from the path's o-1; nothing was sent", e.getMessage());
  }

  @Test
  void bodyIdEqualToThePathsOrAbsentIsAccepted() {
    assertDoesNotThrow(() -> Arguments.samePathAndBodyId("updateOrder", "o-1", "o-1"));
    assertDoesNotThrow(() -> Arguments.samePathAndBodyId("updateOrder", "o-1", null));
  }
}
