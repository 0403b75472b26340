package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Date;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.internal.http.HttpDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiHttpExceptionTest {
  private static Response answer(int code, String url, String... headerNamesAndValues) {
    Response.Builder builder = new Response.Builder()
        .request(new Request.Builder().url(url).header("Authorization", "Bearer s3cr3t").build())
        .protocol(Protocol.HTTP_1_1).code(code).message("status " + code)
        .receivedResponseAtMillis(1_000_000L);
    for (int i = 0; i < headerNamesAndValues.length; i += 2) {
      builder.addHeader(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
    }
    return builder.build();
  }

  @Test
  void secretQueryValuesAndUserInfoAreMaskedInTheUrl() {
    ApiHttpException e = ApiHttpException.forStatus(
        answer(400, "https://user:pw@api.example.com/v1/items?Token=abc&page=2&client_secret=xyz#frag"),
        null, null, "");

    assertEquals("https://api.example.com/v1/items?Token=***&page=2&client_secret=***", e.requestUrl());
    assertEquals("GET", e.requestMethod());
  }

  @Test
  void retryAfterAsHttpDateCountsFromWhenTheAnswerArrived() {
    String thirtySecondsLater = HttpDate.format(new Date(1_000_000L + 30_000));

    ApiHttpException e = ApiHttpException.forStatus(
        answer(503, "https://api.example.com/", "Retry-After", thirtySecondsLater), null, null, "");

    assertEquals(ApiHttpException.ServerErrorException.class, e.getClass());
    assertEquals(Duration.ofSeconds(30), e.retryAfter());
  }

  @Test
  void unreadableRetryAfterIsNull() {
    ApiHttpException e = ApiHttpException.forStatus(
        answer(429, "https://api.example.com/", "Retry-After", "soon"), null, null, "");

    assertNull(e.retryAfter());
    assertEquals("soon", e.headers().get("Retry-After"));
  }

  @Test
  void withoutAResponseHeadersAreEmptyAndTheRequestUnknown() {
    ApiHttpException e = ApiHttpException.forStatus(404, "NOTFOUND", "gone", "{}");

    assertEquals(ApiHttpException.NotFoundException.class, e.getClass());
    assertEquals(0, e.headers().size());
    assertNull(e.retryAfter());
    assertNull(e.requestMethod());
    assertNull(e.requestUrl());
  }

  @Test
  void headersAndRequestSurviveSerialization() throws Exception {
    ApiHttpException e = ApiHttpException.forStatus(
        answer(429, "https://api.example.com/orders", "Retry-After", "7", "X-Request-Id", "r1"), "RATE", null, "");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    ApiHttpException copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ApiHttpException) in.readObject();
    }

    assertSame(ApiHttpException.RateLimitedException.class, copy.getClass());
    assertEquals("r1", copy.headers().get("X-Request-Id"));
    assertEquals(Duration.ofSeconds(7), copy.retryAfter());
    assertEquals("https://api.example.com/orders", copy.requestUrl());
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(value = {
      "400, INVALID, null, HTTP 400 INVALID",
      "422, null, Name is too long, 'HTTP 422: Name is too long'",
      "500, null, null, HTTP 500",
      "403, NOACC, No access, 'HTTP 403 NOACC: No access'"}, nullValues = "null")
  void messageIsTheStatusThenWhatTheProviderSaid(int status, String code, String message, String expected) {
    assertEquals(expected, new ApiHttpException(status, code, message, "").getMessage());
  }

  @Test
  void retryAfterAsHttpDateCountsFromNowWhenTheArrivalTimeIsUnknown() {
    Response unknownArrival = answer(503, "https://api.example.com/").newBuilder()
        .receivedResponseAtMillis(0)
        .header("Retry-After", HttpDate.format(new Date(System.currentTimeMillis() + 60_000)))
        .build();

    Duration wait = ApiHttpException.forStatus(unknownArrival, null, null, "").retryAfter();

    assertTrue(wait.compareTo(Duration.ofSeconds(50)) > 0 && wait.compareTo(Duration.ofSeconds(60)) <= 0,
        wait.toString());
  }
}
