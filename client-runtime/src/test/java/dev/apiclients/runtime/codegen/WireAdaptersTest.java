package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireAdaptersTest {
  @Test
  void badValueInAnArrayNamesItsOwnIndex() {
    JsonAdapter<List<OffsetDateTime>> adapter =
        WireAdapters.moshi().adapter(Types.newParameterizedType(List.class, OffsetDateTime.class));

    JsonDataException e = assertThrows(JsonDataException.class,
        () -> adapter.fromJson("[\"2019-08-24T14:15:22Z\",\"yesterday\"]"));

    assertEquals("Expected an ISO-8601 date-time with offset, e.g. 2019-08-24T14:15:22Z but was yesterday at path $[1]",
        e.getMessage());
  }

  @Test
  void badValueInAnObjectNamesItsMember() {
    JsonAdapter<Map<String, BigDecimal>> adapter =
        WireAdapters.moshi().adapter(Types.newParameterizedType(Map.class, String.class, BigDecimal.class));

    JsonDataException e = assertThrows(JsonDataException.class,
        () -> adapter.fromJson("{\"lease_cost\":91.26,\"budget\":\"lots\"}"));

    assertEquals("Expected a decimal number but was lots at path $.budget", e.getMessage());
  }

  @Test
  void decimalsKeepEveryDigit() throws Exception {
    JsonAdapter<List<BigDecimal>> adapter =
        WireAdapters.moshi().adapter(Types.newParameterizedType(List.class, BigDecimal.class));

    assertEquals(Arrays.asList(new BigDecimal("91.26"), new BigDecimal("0.1000000000000000055511151231257827")),
        adapter.fromJson("[91.26,0.1000000000000000055511151231257827]"));
  }
}
