package dev.apiclients.samples;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.api.CyclistsApiService.ListCyclistsParams;
import dev.apiclients.cyclis.model.Cyclist;
import dev.apiclients.cyclis.model.CyclistList;
import dev.apiclients.runtime.ApiException;

/**
 * Finds the cyclists registered with one email address.
 *
 * <pre>{@code
 * CYCLIS_API_TOKEN=... java dev.apiclients.samples.ListCyclistsByEmail user@example.com
 * }</pre>
 */
public final class ListCyclistsByEmail {
  private ListCyclistsByEmail() {
  }

  public static void main(String[] args) throws ApiException {
    String email = args.length > 0 ? args[0] : "user@example.com";
    CyclistList cyclists = run(CyclisClient.DEFAULT_BASE_URL, System.getenv("CYCLIS_API_TOKEN"), email);
    for (Cyclist cyclist : cyclists.getData()) {
      System.out.println(cyclist.getId() + " " + cyclist.getAttributes().getFirstName());
    }
  }

  /** Lists the cyclists with {@code email} on the Cyclis server at {@code baseUrl}. */
  static CyclistList run(String baseUrl, String apiToken, String email) throws ApiException {
    // [START readme]
    // Build one client for the whole application: it holds the connections and threads.
    try (CyclisClient cyclis = CyclisClient.builder().baseUrl(baseUrl).apiToken(apiToken).build()) {
      // Ask for the cyclists with this email; the match ignores case, and more than one can come back.
      return cyclis.cyclists().listCyclists(ListCyclistsParams.builder().filterEmail(email).build());
    }
    // [END readme]
  }
}
