package dev.apiclients.cyclr;

import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.runtime.RequestRule;

/**
 * Refuses an {@link InstallConnectorRequest} whose credentials Cyclr cannot use: a connector takes
 * either an {@code ApiKey} or a {@code Username} with a {@code Password}, never neither, never both.
 * The spec's {@code required} lists cannot say "one of two forms", so the client checks it here.
 */
final class InstallConnectorRule implements RequestRule {
  @Override
  public void check(Object body) {
    if (!(body instanceof InstallConnectorRequest)) {
      return;
    }
    InstallConnectorRequest request = (InstallConnectorRequest) body;
    boolean apiKey = present(request.getApiKey());
    boolean username = present(request.getUsername());
    boolean password = present(request.getPassword());
    String problem = null;
    if (apiKey && (username || password)) {
      problem = "has ApiKey and also " + (username && password ? "Username and Password"
          : username ? "Username" : "Password") + "; send ApiKey alone, or Username and Password";
    } else if (username != password) {
      problem = username
          ? "has Username but no Password; send both, or ApiKey alone"
          : "has Password but no Username; send both, or ApiKey alone";
    } else if (!apiKey && !username) {
      problem = "has no credentials; send ApiKey, or Username and Password";
    }
    if (problem != null) {
      throw new IllegalArgumentException("InstallConnectorRequest " + problem + "; nothing was sent");
    }
  }

  /** An empty string is as useless to Cyclr as a missing value, and almost always a mistake. */
  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }
}
