package dev.apiclients.cyclr;

import dev.apiclients.runtime.testing.SmallHeap;
import java.util.Arrays;

/**
 * Run by {@link CyclrBoundedMemoryTest} in a {@link SmallHeap}: per route of a {@code
 * HostileServer}, a client whose token URL and API are both there lists the accounts, which first
 * asks for a token; prints how each call ended.
 *
 * <p>Arguments: the server's URL of the route {@code ROUTE}, then the routes.
 */
public final class CyclrBoundedMemoryProbe {
  private CyclrBoundedMemoryProbe() {}

  public static void main(String[] args) {
    for (String route : Arrays.asList(args).subList(1, args.length)) {
      String url = args[0].replace("ROUTE", route);
      try (CyclrClient client = CyclrClient.builder().baseUrl(url + "api/").tokenUrl(url + "oauth/token")
          .clientCredentials("probe-client", "probe-secret").build()) {
        client.calls().accounts().listAccounts().execute();
        System.out.println(route + ": decoded");
      } catch (Throwable t) {
        System.out.println(route + ": " + SmallHeap.describe(t));
      }
    }
  }
}
