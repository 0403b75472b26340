package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

  static final class Stamps {
    @Json(name = "at") OffsetDateTime at;
    @Json(name = "local") LocalDateTime local;
    @Json(name = "day") LocalDate day;
    @Json(name = "id") UUID id;
    @Json(name = "link") URI link;
  }

  @Test
  void valueTypesReadAndWriteTheirIsoText() throws Exception {
    JsonAdapter<Stamps> adapter = WireAdapters.moshi().adapter(Stamps.class);
    String json = "{\"at\":\"2019-08-24T14:15:22.500+01:00\",\"day\":\"2016-12-09\","
        + "\"id\":\"0b7e4cd2-2a5c-4f4b-9d3a-1c2e3f4a5b6c\",\"link\":\"https://example.com/a?b=c\","
        + "\"local\":\"2017-02-09T16:23:08\"}";

    Stamps stamps = adapter.fromJson(json);

    assertEquals(OffsetDateTime.of(2019, 8, 24, 14, 15, 22, 500_000_000, ZoneOffset.ofHours(1)), stamps.at);
    assertEquals(LocalDateTime.of(2017, 2, 9, 16, 23, 8), stamps.local);
    assertEquals(LocalDate.of(2016, 12, 9), stamps.day);
    assertEquals(UUID.fromString("0b7e4cd2-2a5c-4f4b-9d3a-1c2e3f4a5b6c"), stamps.id);
    assertEquals(URI.create("https://example.com/a?b=c"), stamps.link);
    assertEquals(json, adapter.toJson(stamps));
  }

  @Test
  void nullValuesStayNull() throws Exception {
    Stamps stamps = WireAdapters.moshi().adapter(Stamps.class)
        .fromJson("{\"at\":null,\"local\":null,\"day\":null,\"id\":null,\"link\":null}");

    assertNull(stamps.at);
    assertNull(stamps.local);
    assertNull(stamps.day);
    assertNull(stamps.id);
    assertNull(stamps.link);
  }

  @Test
  void badValueOfEachTypeIsNamedWithWhatWasExpected() {
    JsonAdapter<Stamps> adapter = WireAdapters.moshi().adapter(Stamps.class);

    assertEquals("Expected an ISO-8601 date-time without zone, e.g. 2017-02-09T16:23:08 but was 2017-02-09 at path $.local",
        assertThrows(JsonDataException.class, () -> adapter.fromJson("{\"local\":\"2017-02-09\"}")).getMessage());
    assertEquals("Expected an ISO-8601 date, e.g. 2016-12-09 but was 09/12/2016 at path $.day",
        assertThrows(JsonDataException.class, () -> adapter.fromJson("{\"day\":\"09/12/2016\"}")).getMessage());
    assertEquals("Expected a UUID but was 42 at path $.id",
        assertThrows(JsonDataException.class, () -> adapter.fromJson("{\"id\":\"42\"}")).getMessage());
    assertEquals("Expected a URI but was a b at path $.link",
        assertThrows(JsonDataException.class, () -> adapter.fromJson("{\"link\":\"a b\"}")).getMessage());
  }

  /** A member name may end in ']' itself; it is not an array index to take back. */
  @Test
  void badValueUnderAMemberNamedLikeAnIndexKeepsTheName() {
    JsonAdapter<Map<String, BigDecimal>> adapter =
        WireAdapters.moshi().adapter(Types.newParameterizedType(Map.class, String.class, BigDecimal.class));

    JsonDataException e = assertThrows(JsonDataException.class, () -> adapter.fromJson("{\"costs[x]\":\"lots\"}"));

    assertEquals("Expected a decimal number but was lots at path $.costs[x]", e.getMessage());
  }
}
