package dev.apiclients.samples;

import dev.apiclients.cyclr.CyclrClient;
import dev.apiclients.cyclr.CyclrRegion;
import dev.apiclients.cyclr.model.AccountCreateRequest;
import dev.apiclients.cyclr.model.SignInToken;
import dev.apiclients.cyclr.model.SignInTokenRequest;
import dev.apiclients.runtime.ApiException;

/**
 * Creates a Cyclr account for a customer and signs its user in to the Cyclr console.
 *
 * <pre>{@code
 * CYCLR_CLIENT_ID=... CYCLR_CLIENT_SECRET=... java dev.apiclients.samples.CreateAccountAndSignIn "Acme" user@acme.example
 * }</pre>
 */
public final class CreateAccountAndSignIn {
  private CreateAccountAndSignIn() {
  }

  public static void main(String[] args) throws ApiException {
    CyclrRegion region = CyclrRegion.EU;
    String url = run(region.baseUrl(), region.tokenUrl(), System.getenv("CYCLR_CLIENT_ID"),
        System.getenv("CYCLR_CLIENT_SECRET"), args[0], args[1]);
    System.out.println("Redirect the user's browser to the sign-in URL (it is a credential; do not log it).");
    System.out.println(url.length() + " characters");
  }

  /** Creates the account {@code name} and returns the sign-in URL for {@code username}. */
  static String run(String baseUrl, String tokenUrl, String clientId, String clientSecret, String name, String username)
      throws ApiException {
    // [START readme]
    // Build the client with the partner's OAuth client credentials; it fetches and renews tokens.
    try (CyclrClient cyclr = CyclrClient.builder()
        .baseUrl(baseUrl)
        .tokenUrl(tokenUrl)
        .clientCredentials(clientId, clientSecret)
        .build()) {
      // Create the account as the partner; the answer is its API ID.
      String accountId = cyclr.accounts().createAccount(AccountCreateRequest.builder().name(name).build()).getId();
      // Ask for a sign-in token inside the account: its view sends X-Cyclr-Account.
      SignInToken token = cyclr.forAccount(accountId).accounts().createAccountSignInToken(
          SignInTokenRequest.builder().accountId(accountId).username(username).build());
      // Turn the token into the console URL to redirect the user's browser to.
      return cyclr.signInUrl(token);
    }
    // [END readme]
  }
}
