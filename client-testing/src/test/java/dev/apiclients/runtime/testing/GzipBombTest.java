package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class GzipBombTest {
  @Test
  void inflatesToThePrefixAndSpacesWithAValidTrailer() throws Exception {
    long size = (3L << 20) + 5; // Whole mebibytes and a tail.
    Buffer gzip = GzipBomb.of("{\"padding\":\"", size);

    long inflated = 0;
    boolean prefixThenSpaces = true;
    byte[] prefix = "{\"padding\":\"".getBytes("UTF-8");
    try (InputStream in = new GZIPInputStream(gzip.inputStream())) { // Checks the CRC-32 and length.
      byte[] block = new byte[8192];
      for (int n; (n = in.read(block)) != -1; ) {
        for (int i = 0; i < n; i++, inflated++) {
          byte expected = inflated < prefix.length ? prefix[(int) inflated] : (byte) ' ';
          prefixThenSpaces &= block[i] == expected;
        }
      }
    }

    assertEquals(size, inflated);
    assertTrue(prefixThenSpaces);
  }

  @Test
  void aGibibyteTakesAboutAMebibyteOnTheWire() {
    long wire = GzipBomb.of("{\"padding\":\"", 1L << 30).size();

    assertTrue(wire > 900_000 && wire < 1_200_000, wire + " bytes");
  }
}
