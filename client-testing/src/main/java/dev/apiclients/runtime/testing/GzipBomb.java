package dev.apiclients.runtime.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import okio.Buffer;

/**
 * A gzip body that inflates a thousandfold: a JSON opening followed by spaces, for the tests of the
 * response-body limit. {@code of("{\"padding\":\"", 1L << 30)} is about 1 MiB on the wire and 1 GiB
 * inflated.
 *
 * <p>The 1 GiB is never held nor compressed: after a full flush a deflate stream no longer refers
 * to what came before, so one mebibyte of spaces is compressed once and its blocks are repeated.
 * The result is a complete gzip member (CRC-32 and length included) that any gzip reader inflates.
 */
public final class GzipBomb {
  private static final int CHUNK = 1 << 20;

  private GzipBomb() {}

  /**
   * Returns the gzip of {@code prefix} (UTF-8) followed by spaces up to {@code inflatedBytes}.
   *
   * @param prefix the start of the inflated body, such as an unclosed JSON string
   * @param inflatedBytes the inflated size, at least the prefix's
   * @return the gzip member
   */
  public static Buffer of(String prefix, long inflatedBytes) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    long spaces = inflatedBytes - head.length;
    if (spaces < 0) {
      throw new IllegalArgumentException("inflatedBytes < the prefix's " + head.length + " bytes");
    }
    byte[] chunk = new byte[CHUNK];
    Arrays.fill(chunk, (byte) ' ');
    CRC32 crc = new CRC32();
    crc.update(head, 0, head.length);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    Buffer gzip = new Buffer()
        .write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff}); // No name, no time, unknown OS.
    try {
      gzip.write(deflate(deflater, head, head.length, Deflater.FULL_FLUSH));
      byte[] chunkBlocks = deflate(deflater, chunk, CHUNK, Deflater.FULL_FLUSH);
      for (long i = 0; i < spaces / CHUNK; i++) {
        gzip.write(chunkBlocks);
        crc.update(chunk, 0, CHUNK);
      }
      int tail = (int) (spaces % CHUNK);
      gzip.write(deflate(deflater, chunk, tail, Deflater.FULL_FLUSH));
      crc.update(chunk, 0, tail);
      deflater.finish();
      gzip.write(deflate(deflater, chunk, 0, Deflater.NO_FLUSH));
    } finally {
      deflater.end();
    }
    return gzip.writeIntLe((int) crc.getValue()).writeIntLe((int) inflatedBytes);
  }

  /** Compresses {@code length} bytes of {@code input} and returns all the output the flush mode gives. */
  private static byte[] deflate(Deflater deflater, byte[] input, int length, int flush) {
    deflater.setInput(input, 0, length);
    Buffer out = new Buffer();
    byte[] block = new byte[8192];
    while (true) {
      int n = deflater.deflate(block, 0, block.length, flush);
      out.write(block, 0, n);
      if (n < block.length && (deflater.needsInput() || deflater.finished())) {
        return out.readByteArray();
      }
    }
  }
}
