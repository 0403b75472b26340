package dev.apiclients.cyclis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.testing.HostileServer;
import dev.apiclients.runtime.testing.SmallHeap;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bodies that would exhaust any heap (a gzip bomb, bodies without end, a 1 GiB error page) end in
 * typed exceptions in a client JVM of {@link SmallHeap#MAX_HEAP}; the control shows that heap is
 * too small for a body read without a limit.
 */
class CyclisBoundedMemoryTest {
  private static final long GIB = 1L << 30;
  private static final String ORDER = "GET /%s/orders/497f6eca-6276-4993-bfeb-53cbbbba6f08";
  /** An error keeps the first 64 KiB of its body and the marker. */
  private static final int KEPT = 64 * 1024 + ApiHttpException.CUT_MARKER.length();

  @Test
  void hostileBodiesEndInTypedExceptionsWithinASmallHeap() {
    try (HostileServer server = HostileServer.start(Map.of(
        "gzip-bomb", HostileServer.gzipBomb(200, GIB),
        "endless-200", HostileServer.endless(200),
        "endless-500", HostileServer.endless(500),
        "huge-400", HostileServer.sized(400, GIB)))) {
      assertEquals(Arrays.asList(
              "gzip-bomb: ApiDecodeException: The response body of " + String.format(ORDER, "gzip-bomb")
                  + " is larger than maxResponseBytes (33554432 bytes) allows; it was not decoded",
              "endless-200: ApiDecodeException: The response body of " + String.format(ORDER, "endless-200")
                  + " is larger than maxResponseBytes (33554432 bytes) allows; it was not decoded",
              "endless-500: ServerErrorException: HTTP 500; rawBody " + KEPT + " characters, cut",
              "huge-400: BadRequestException: HTTP 400; rawBody " + KEPT + " characters, cut"),
          SmallHeap.run(CyclisBoundedMemoryProbe.class, server.url("ROUTE"),
              "gzip-bomb", "endless-200", "endless-500", "huge-400"));
    }
  }

  /** OkHttp's logger reads and inflates whole bodies at BODY level: the limit must bound it too. */
  @Test
  void bodyLevelLoggingStaysWithinTheSmallHeap() {
    try (HostileServer server = HostileServer.start(Map.of(
        "gzip-bomb", HostileServer.gzipBomb(200, GIB),
        "endless-200", HostileServer.endless(200),
        "endless-500", HostileServer.endless(500)))) {
      assertEquals(Arrays.asList(
              "gzip-bomb: ApiDecodeException: The response body of " + String.format(ORDER, "gzip-bomb")
                  + " is larger than maxResponseBytes (33554432 bytes) allows; it was not decoded",
              "endless-200: ApiDecodeException: The response body of " + String.format(ORDER, "endless-200")
                  + " is larger than maxResponseBytes (33554432 bytes) allows; it was not decoded",
              "endless-500: ServerErrorException: HTTP 500; rawBody " + KEPT + " characters, cut"),
          SmallHeap.run(CyclisBoundedMemoryProbe.class, "--body-log", server.url("ROUTE"),
              "gzip-bomb", "endless-200", "endless-500"));
    }
  }

  @Test
  void withoutALimitAnEndlessBodyExhaustsTheSmallHeap() {
    try (HostileServer server = HostileServer.start(Map.of("endless-200", HostileServer.endless(200)))) {
      assertEquals(Arrays.asList("endless-200: OutOfMemoryError: Java heap space"),
          SmallHeap.run(CyclisBoundedMemoryProbe.class, "--limit=" + Long.MAX_VALUE, server.url("ROUTE"),
              "endless-200"));
    }
  }
}
