package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SampleBodiesTest {
  private static final byte[] TEXT = "{\"data\":{\"id\":\"1\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void streamThatReportsNothingAvailableIsReadToItsEnd() throws Exception {
    InputStream nothingAvailable = new ByteArrayInputStream(TEXT) {
      @Override
      public synchronized int available() {
        return 0;
      }
    };

    assertArrayEquals(TEXT, SampleBodies.readAll(nothingAvailable));
  }

  @Test
  void streamThatOverstatesWhatIsAvailableStopsAtItsEnd() {
    InputStream overstating = new ByteArrayInputStream(TEXT) {
      @Override
      public synchronized int available() {
        return 1000;
      }
    };

    byte[] read = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SampleBodies.readAll(overstating));
    assertArrayEquals(TEXT, read);
  }

  @Test
  void streamThatHandsOutOneByteAtATimeIsReadWhole() throws Exception {
    InputStream trickle = new ByteArrayInputStream(TEXT) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };

    assertArrayEquals(TEXT, SampleBodies.readAll(trickle));
  }

  @Test
  void cyclisSampleIsTheWholeFile() {
    String order = SampleBodies.cyclis("order.json");

    assertTrue(order.startsWith("{\"data\":"), order);
    assertTrue(order.trim().endsWith("}"), order);
  }

  @Test
  void unknownSampleIsNamedInTheFailure() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleBodies.cyclis("nope.json"));
    assertEquals("no sample body cyclis/nope.json", e.getMessage());
  }
}
