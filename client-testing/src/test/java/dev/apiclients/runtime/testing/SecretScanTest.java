package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiHttpException;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The scan the secret-hygiene tests rely on finds secrets however they are dressed, and only them. */
class SecretScanTest {
  private static final String SECRET = "s3cret+client/secret=";

  @Test
  void maskedTextsPass() {
    SecretScan scan = new SecretScan(SECRET);

    scan.lines("log", Arrays.asList("client_secret=***", "{\"client_secret\":\"***\"}"))
        .text("toString", "Client{***}");

    scan.assertNoLeaks();
    assertEquals(3, scan.textsScanned());
  }

  @Test
  void secretIsFoundAsWrittenFormEncodedAndJsonEscaped() {
    for (String text : new String[] {"x " + SECRET, "client_secret=s3cret%2Bclient%2Fsecret%3D",
        "{\"client_secret\":\"s3cret+client/secret\\u003d\"}"}) {
      SecretScan scan = new SecretScan(SECRET).text("log line", text);

      assertThrows(AssertionFailedError.class, scan::assertNoLeaks, text);
    }
  }

  @Test
  void secretInACauseIsFoundInItsMessageAndTheStackTrace() {
    IOException failure = new IOException("call failed", new IllegalArgumentException("bad header: " + SECRET));

    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> new SecretScan(SECRET).exception("failure", failure).assertNoLeaks());

    assertTrue(e.getMessage().startsWith("2 secret(s) leaked:"), e.getMessage());
    assertTrue(e.getMessage().contains("failure message of java.lang.IllegalArgumentException shows"), e.getMessage());
    assertTrue(e.getMessage().contains("failure stack trace shows"), e.getMessage());
  }

  @Test
  void secretInTheRawBodyOfAnExceptionOrItsCauseIsFound() {
    ApiHttpException http = ApiHttpException.forStatus(400, null, "Bad request", "{\"client_secret\":\"" + SECRET + "\"}");
    IOException wrapped = new IOException("call failed", new ApiDecodeException("Could not decode", SECRET, null));

    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> new SecretScan(SECRET).exception("http", http).exception("wrapped", wrapped).assertNoLeaks());

    assertTrue(e.getMessage().startsWith("2 secret(s) leaked:"), e.getMessage());
    assertTrue(e.getMessage().contains("http rawBody() of " + ApiHttpException.BadRequestException.class.getName()
        + " shows"), e.getMessage());
    assertTrue(e.getMessage().contains("wrapped rawBody() of " + ApiDecodeException.class.getName() + " shows"),
        e.getMessage());
  }

  @Test
  void scanningNothingFails() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> new SecretScan(SECRET).assertNoLeaks());

    assertEquals("Nothing was scanned: a scan of nothing proves nothing", e.getMessage());
  }

  @Test
  void shortSecretIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SecretScan("abc"));

    assertEquals("A secret to look for needs 6 characters or more: abc", e.getMessage());
  }
}
