package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BodyRedactionTest {
  private final BodyRedaction redaction =
      new BodyRedaction(new HashSet<>(Arrays.asList("Password", "ApiKey", "client_secret", "access_token")));

  @Test
  void jsonSecretsAreMaskedWhateverTheirCaseOrSpacing() {
    String body = "{\"Username\":\"u\",\"password\" : \"p\\\"w\",\"ApiKey\":\"k-1\",\"Name\":\"x\"}";

    assertEquals("{\"Username\":\"u\",\"password\" : \"***\",\"ApiKey\":\"***\",\"Name\":\"x\"}",
        redaction.redact(body));
  }

  @Test
  void nonStringJsonSecretsAreMaskedToo() {
    assertEquals("{\"access_token\":\"***\",\"expires_in\":3}",
        redaction.redact("{\"access_token\":12345,\"expires_in\":3}"));
    assertEquals("[{\"ApiKey\":\"***\"}]", redaction.redact("[{\"ApiKey\":42}]"));
  }

  @Test
  void secretsInPrettyPrintedJsonAreMasked() {
    assertEquals("{\n  \"Password\":\n    \"***\"\n}", redaction.redact("{\n  \"Password\":\n    \"hunter2\"\n}"));
  }

  @Test
  void formSecretsAreMasked() {
    assertEquals("grant_type=client_credentials&client_id=abc&client_secret=***",
        redaction.redact("grant_type=client_credentials&client_id=abc&client_secret=s3cr%2Bt"));
    assertEquals("client_secret=***&client_id=abc", redaction.redact("client_secret=s3cr%2Bt&client_id=abc"));
  }

  @Test
  void secretsInAQueryStringAreMasked() {
    assertEquals("--> GET https://example.com/x?ApiKey=***&page=2",
        redaction.redact("--> GET https://example.com/x?ApiKey=k-1&page=2"));
  }

  @Test
  void fieldsThatOnlyStartLikeASecretAreKept() {
    assertEquals("{\"PasswordHint\":\"pets\",\"client_id\":\"abc\"}",
        redaction.redact("{\"PasswordHint\":\"pets\",\"client_id\":\"abc\"}"));
  }

  @Test
  void millionCharacterSecretsAreMaskedOnASmallStack() throws Exception {
    // A regular expression with an alternation inside * recursed once per character of a quoted
    // value and overflowed a 1 MiB stack at about 1,500 characters: a PEM key, a long JWT.
    String value = "k".repeat(1_000_000);
    String escaped = "\\\"".repeat(500_000);

    assertEquals("{\"Password\":\"***\",\"Name\":\"x\"}",
        onSmallStack(() -> redaction.redact("{\"Password\":\"" + value + "\",\"Name\":\"x\"}")));
    assertEquals("{\"Password\":\"***\",\"Name\":\"x\"}",
        onSmallStack(() -> redaction.redact("{\"Password\":\"" + escaped + "\",\"Name\":\"x\"}")));
    assertEquals("{\"ApiKey\":\"***\"}", onSmallStack(() -> redaction.redact("{\"ApiKey\":" + value + "}")));
    assertEquals("client_secret=***&client_id=abc",
        onSmallStack(() -> redaction.redact("client_secret=" + value + "&client_id=abc")));
    String kept = "{\"Name\":\"" + value + "\"}";
    assertEquals(kept, onSmallStack(() -> redaction.redact(kept)));
  }

  @Test
  void bodyWithManySecretFieldsIsMaskedOnASmallStack() throws Exception {
    StringBuilder body = new StringBuilder("[");
    StringBuilder masked = new StringBuilder("[");
    for (int i = 0; i < 100_000; i++) {
      String comma = i == 0 ? "" : ",";
      body.append(comma).append("{\"Name\":\"n").append(i).append("\",\"password\":\"p").append(i).append("\"}");
      masked.append(comma).append("{\"Name\":\"n").append(i).append("\",\"password\":\"***\"}");
    }

    assertEquals(masked.append(']').toString(), onSmallStack(() -> redaction.redact(body.append(']').toString())));
  }

  @Test
  void textWithoutSecretsIsReturnedAsItIs() {
    String text = "{\"Name\":\"x\",\"\":1,\"note\":\"say \\\"Password\\\": no\"}";

    assertSame(text, redaction.redact(text));
  }

  @Test
  void secretKeyWithoutAValueLeavesTheTextAsItIs() {
    assertEquals("{\"Password\":,\"x\":1}", redaction.redact("{\"Password\":,\"x\":1}"));
    assertEquals("{\"Password\"", redaction.redact("{\"Password\""));
    assertEquals("{\"Password\" :", redaction.redact("{\"Password\" :"));
  }

  @Test
  void unterminatedSecretIsMaskedToTheEnd() {
    // A body cut short keeps nothing of the secret it was cut in.
    assertEquals("{\"Name\":\"n\",\"Password\":\"***\"", redaction.redact("{\"Name\":\"n\",\"Password\":\"hunt\\\"er2"));
  }

  @Test
  void objectOrArraySecretIsMaskedWhole() {
    assertEquals("{\"ApiKey\":\"***\",\"Name\":\"x\"}",
        redaction.redact("{\"ApiKey\":{\"key\":\"k-1\",\"parts\":[\"a\",\"}\"]},\"Name\":\"x\"}"));
    assertEquals("{\"ApiKey\":\"***\",\"Name\":\"x\"}", redaction.redact("{\"ApiKey\":[[\"k-1\"],[]],\"Name\":\"x\"}"));
  }

  @Test
  void emptyFormSecretIsMaskedAndANameThatOnlyEndsLikeOneIsKept() {
    assertEquals("client_secret=***&my_client_secret=x", redaction.redact("client_secret=&my_client_secret=x"));
  }

  @Test
  void noFieldsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BodyRedaction(Collections.emptySet()));
    assertEquals("no secret fields", e.getMessage());
  }

  /**
   * Runs {@code redaction} on a thread with a 256 KiB stack, a quarter of the usual, and waits at
   * most 30 seconds: a scan that recurses per character overflows it, one that does quadratic work
   * on a million characters does not finish.
   */
  private static String onSmallStack(Supplier<String> redaction) throws InterruptedException {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        outcome.set(redaction.get());
      } catch (Throwable t) {
        outcome.set(t);
      }
    }, "small-stack", 256 * 1024);
    thread.start();
    thread.join(TimeUnit.SECONDS.toMillis(30));
    if (thread.isAlive()) {
      thread.interrupt();
      throw new AssertionError("redaction did not finish within 30 seconds");
    }
    if (outcome.get() instanceof Throwable) {
      throw new AssertionError("redaction failed with " + outcome.get(), (Throwable) outcome.get());
    }
    return (String) outcome.get();
  }
}
