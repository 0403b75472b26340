package dev.apiclients.samples;

import dev.apiclients.cyclr.CyclrAccountScope;
import dev.apiclients.cyclr.CyclrClient;
import dev.apiclients.cyclr.CyclrRegion;
import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.runtime.ApiException;

/**
 * Installs a connector that authenticates with an API key into a customer's Cyclr account.
 *
 * <pre>{@code
 * CYCLR_CLIENT_ID=... CYCLR_CLIENT_SECRET=... CONNECTOR_API_KEY=... \
 *     java dev.apiclients.samples.InstallConnectorForAccount <account id> Connector v1
 * }</pre>
 */
public final class InstallConnectorForAccount {
  private InstallConnectorForAccount() {
  }

  public static void main(String[] args) throws ApiException {
    CyclrRegion region = CyclrRegion.EU;
    run(region.baseUrl(), region.tokenUrl(), System.getenv("CYCLR_CLIENT_ID"), System.getenv("CYCLR_CLIENT_SECRET"),
        args[0], args[1], args[2], System.getenv("CONNECTOR_API_KEY"));
    System.out.println("Installed " + args[1] + " " + args[2] + " in " + args[0]);
  }

  /** Installs {@code connector} {@code version} in {@code accountId} with {@code apiKey}. */
  static void run(String baseUrl, String tokenUrl, String clientId, String clientSecret, String accountId,
      String connector, String version, String apiKey) throws ApiException {
    try (CyclrClient cyclr = CyclrClient.builder()
        .baseUrl(baseUrl)
        .tokenUrl(tokenUrl)
        .clientCredentials(clientId, clientSecret)
        .build()) {
      // [START readme]
      // Work inside the account: X-Cyclr-Account goes on account-level calls; another AccountId is refused.
      CyclrAccountScope account = cyclr.forAccount(accountId);
      // Install the connector with an API key (or a Username and a Password, never both).
      account.connectors().installConnector(InstallConnectorRequest.builder()
          .accountId(accountId)
          .connectorName(connector)
          .connectorVersion(version)
          .installedName(connector + " for " + accountId)
          .apiKey(apiKey)
          .build());
      // [END readme]
    }
  }
}
