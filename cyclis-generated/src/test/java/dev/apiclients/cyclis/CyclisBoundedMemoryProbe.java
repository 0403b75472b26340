package dev.apiclients.cyclis;

import dev.apiclients.runtime.ApiLogger;
import dev.apiclients.runtime.testing.SmallHeap;
import java.util.Arrays;
import java.util.UUID;

/**
 * Run by {@link CyclisBoundedMemoryTest} in a {@link SmallHeap}: calls getOrder once per route of a
 * {@code HostileServer} and prints how each call ended.
 *
 * <p>Arguments: the server's URL of the route {@code ROUTE}, then the routes; {@code --limit=N}
 * first sets {@code maxResponseBytes(N)}, {@code --body-log} first logs at {@code BODY} level.
 */
public final class CyclisBoundedMemoryProbe {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");

  private CyclisBoundedMemoryProbe() {}

  public static void main(String[] args) {
    int first = 0;
    Long limit = null;
    boolean bodyLog = false;
    if (args[0].startsWith("--limit=")) {
      limit = Long.parseLong(args[0].substring("--limit=".length()));
      first = 1;
    } else if (args[0].equals("--body-log")) {
      bodyLog = true;
      first = 1;
    }
    String urlOfRoute = args[first];
    for (String route : Arrays.asList(args).subList(first + 1, args.length)) {
      CyclisClient.Builder builder = CyclisClient.builder()
          .baseUrl(urlOfRoute.replace("ROUTE", route)).apiToken("probe-token");
      if (limit != null) {
        builder.maxResponseBytes(limit);
      }
      if (bodyLog) {
        builder.logger(line -> { }, ApiLogger.Level.BODY);
      }
      try (CyclisClient client = builder.build()) {
        client.calls().orders().getOrder(ID).execute();
        System.out.println(route + ": decoded");
      } catch (Throwable t) {
        System.out.println(route + ": " + SmallHeap.describe(t));
      }
    }
  }
}
