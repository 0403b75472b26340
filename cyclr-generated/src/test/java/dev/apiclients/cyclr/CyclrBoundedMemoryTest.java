package dev.apiclients.cyclr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.testing.HostileServer;
import dev.apiclients.runtime.testing.SmallHeap;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Token answers that would exhaust any heap end in typed exceptions in a client JVM of {@link
 * SmallHeap#MAX_HEAP}: the token client is derived from the API client's OkHttp client and keeps
 * its response-body limit ({@code CyclisBoundedMemoryTest} shows that heap is too small without one).
 */
class CyclrBoundedMemoryTest {
  @Test
  void hostileTokenAnswersEndInTypedExceptionsWithinASmallHeap() {
    try (HostileServer server = HostileServer.start(Map.of(
        "gzip-bomb", HostileServer.gzipBomb(200, 1L << 30),
        "endless-200", HostileServer.endless(200),
        "endless-401", HostileServer.endless(401)))) {
      assertEquals(Arrays.asList(
              "gzip-bomb: ApiDecodeException: The response body of POST /gzip-bomb/oauth/token is larger than"
                  + " maxResponseBytes (33554432 bytes) allows; it was not decoded",
              "endless-200: ApiDecodeException: The response body of POST /endless-200/oauth/token is larger than"
                  + " maxResponseBytes (33554432 bytes) allows; it was not decoded",
              "endless-401: UnauthorizedException: HTTP 401; rawBody "
                  + (64 * 1024 + ApiHttpException.CUT_MARKER.length()) + " characters, cut"),
          SmallHeap.run(CyclrBoundedMemoryProbe.class, server.url("ROUTE"), "gzip-bomb", "endless-200", "endless-401"));
    }
  }
}
