package dev.apiclients.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TokenOnlyReadingTest {
  @Test
  void readsEveryTokenOfTheDocument() throws Exception {
    byte[] body = "{\"a\":[1,\"x\",true,null],\"b\":{}}".getBytes(StandardCharsets.UTF_8);

    // { a [ 1 "x" true null ] b { } } end-of-document
    assertEquals(13, TokenOnlyReading.read(body));
  }
}
