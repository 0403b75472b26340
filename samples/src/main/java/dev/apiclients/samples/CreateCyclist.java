package dev.apiclients.samples;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.model.CyclistCreateAttributes;
import dev.apiclients.cyclis.model.CyclistDocument;
import dev.apiclients.runtime.ApiException;
import java.util.UUID;

/**
 * Creates a cyclist in a company and asks Cyclis to email a password link.
 *
 * <pre>{@code
 * CYCLIS_API_TOKEN=... java dev.apiclients.samples.CreateCyclist <company uuid> john.doe@example.com
 * }</pre>
 */
public final class CreateCyclist {
  private CreateCyclist() {
  }

  public static void main(String[] args) throws ApiException {
    CyclistDocument created = run(CyclisClient.DEFAULT_BASE_URL, System.getenv("CYCLIS_API_TOKEN"),
        UUID.fromString(args[0]), args[1]);
    System.out.println("Created cyclist " + created.getData().getId());
  }

  /** Creates John Doe, with {@code email}, in the company {@code companyId}. */
  static CyclistDocument run(String baseUrl, String apiToken, UUID companyId, String email) throws ApiException {
    // [START readme]
    try (CyclisClient cyclis = CyclisClient.builder().baseUrl(baseUrl).apiToken(apiToken).build()) {
      // Describe the person; build() names any required field that is missing.
      CyclistCreateAttributes johnDoe = CyclistCreateAttributes.builder()
          .firstName("John")
          .lastName("Doe")
          .email(email)
          .lang("en_US")
          .sendResetPassword(true)
          .build();
      // Create the cyclist in the company: the relationship is set from the company's id.
      return cyclis.cyclists().createCyclist(companyId, johnDoe);
    }
    // [END readme]
  }
}
