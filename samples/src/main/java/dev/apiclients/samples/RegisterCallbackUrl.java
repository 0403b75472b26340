package dev.apiclients.samples;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.model.CallbackRegistrationAttributes;
import dev.apiclients.runtime.ApiException;
import java.net.URI;

/**
 * Registers the URL Cyclis calls when an order or a company's access changes.
 *
 * <pre>{@code
 * CYCLIS_API_TOKEN=... java dev.apiclients.samples.RegisterCallbackUrl https://integrator.example.com/cyclis/callback
 * }</pre>
 */
public final class RegisterCallbackUrl {
  private RegisterCallbackUrl() {
  }

  public static void main(String[] args) throws ApiException {
    run(CyclisClient.DEFAULT_BASE_URL, System.getenv("CYCLIS_API_TOKEN"), URI.create(args[0]));
    System.out.println("Registered " + args[0]);
  }

  /** Registers {@code callbackUrl}. */
  static void run(String baseUrl, String apiToken, URI callbackUrl) throws ApiException {
    try (CyclisClient cyclis = CyclisClient.builder().baseUrl(baseUrl).apiToken(apiToken).build()) {
      // [START readme]
      // Register the URL. Cyclis keeps one at a time: to change it, cyclis.callbackUrls().replace(url)
      // clears the old one first, as Cyclis asks.
      cyclis.callbacks().registerCallback(CallbackRegistrationAttributes.builder().url(callbackUrl).build());
      // [END readme]
    }
  }
}
