package dev.apiclients.runtime.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;

/**
 * A response body read in full: the decoder reads it once, and it stays whole for the raw text an
 * {@code ApiDecodeException} carries.
 *
 * <p>How it is held is a measured trade-off (the decoding benchmarks). A small body is copied out,
 * so that its okio segments go back to the pool, and streamed to the decoder through pooled
 * segments again: a body of one order then allocates no segments at all. A body larger than the
 * pool (64 KiB) is kept in its segments, which the decoder shares instead of copying a few MB twice.
 */
public final class RawBody {
  private static final long POOLED_LIMIT = 64 * 1024;

  private final byte[] small;
  private final Buffer large;

  private RawBody(byte[] small, Buffer large) {
    this.small = small;
    this.large = large;
  }

  public static RawBody read(BufferedSource source) throws IOException {
    Buffer buffer = new Buffer();
    source.readAll(buffer);
    return buffer.size() <= POOLED_LIMIT ? new RawBody(buffer.readByteArray(), null) : new RawBody(null, buffer);
  }

  public long size() {
    return small != null ? small.length : large.size();
  }

  /** True when the body holds nothing but white space (what {@code String.trim()} removes). */
  public boolean isBlank() {
    for (long i = 0, size = size(); i < size; i++) {
      if (((small != null ? small[(int) i] : large.getByte(i)) & 0xff) > ' ') {
        return false;
      }
    }
    return true;
  }

  /** A fresh source of the whole body; the body itself stays readable. */
  public BufferedSource decodingSource() {
    return small != null ? Okio.buffer(Okio.source(new ByteArrayInputStream(small))) : large.clone();
  }

  /** The body's bytes: the array itself for a small body, a copy of a large one. */
  public byte[] bytes() {
    return small != null ? small : large.clone().readByteArray();
  }

  /** The body as text, in the charset its content type names (UTF-8 when it names none). */
  public String text(MediaType contentType) {
    Charset named = contentType == null ? null : contentType.charset();
    Charset charset = named == null ? StandardCharsets.UTF_8 : named;
    return small != null ? new String(small, charset) : large.clone().readString(charset);
  }
}
