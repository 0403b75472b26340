package dev.apiclients.runtime.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The example bodies the providers' documentation prints, one JSON file each, for every test and
 * benchmark that needs a realistic answer (see {@code cyclis/README.md} next to them).
 *
 * <pre>{@code
 * server.enqueue(new MockResponse().setBody(SampleBodies.cyclis("order.json")));
 * }</pre>
 */
public final class SampleBodies {
  private SampleBodies() {}

  /** The Cyclis example {@code name}, e.g. {@code order.json}, as text. */
  public static String cyclis(String name) {
    return new String(cyclisBytes(name), StandardCharsets.UTF_8);
  }

  /** The Cyclis example {@code name} as bytes, exactly as stored. */
  public static byte[] cyclisBytes(String name) {
    try (InputStream in = SampleBodies.class.getResourceAsStream("cyclis/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample body cyclis/" + name);
      }
      return readAll(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code in} to its end. {@code available()} is only an estimate (0 for many streams), so
   * the loop runs until {@code read} says the stream has ended.
   */
  static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    for (int read; (read = in.read(chunk)) != -1; ) {
      out.write(chunk, 0, read);
    }
    return out.toByteArray();
  }
}
