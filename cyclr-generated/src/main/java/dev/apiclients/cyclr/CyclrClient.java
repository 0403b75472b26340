package dev.apiclients.cyclr;

import dev.apiclients.cyclr.internal.SecretFields;
import dev.apiclients.cyclr.model.SignInToken;
import dev.apiclients.runtime.ClientBuilder;
import dev.apiclients.runtime.RequestRule;
import dev.apiclients.runtime.Transport;
import dev.apiclients.runtime.codegen.HeaderScope;
import dev.apiclients.runtime.codegen.HeaderValues;
import java.io.Closeable;
import java.util.Collections;
import java.util.function.LongSupplier;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * The entry point of the Cyclr Partner API client. Build one, share it, close it at shutdown.
 *
 * <pre>{@code
 * CyclrClient cyclr = CyclrClient.builder()
 *     .region(CyclrRegion.EU)
 *     .clientCredentials(System.getenv("CYCLR_CLIENT_ID"), System.getenv("CYCLR_CLIENT_SECRET"))
 *     .build();
 * List<Account> accounts = cyclr.accounts().listAccounts();
 *
 * // Calls that work inside one account are made on its view, which sends X-Cyclr-Account.
 * SignInToken token = cyclr.forAccount(accountId).accounts().createAccountSignInToken(
 *     SignInTokenRequest.builder().accountId(accountId).username("user@example.com").build());
 * String redirectTo = cyclr.signInUrl(token);
 * }</pre>
 *
 * <p>The services ({@link #accounts()}, ...) run calls on the calling thread and return the decoded
 * body; {@link #async()} has the same operations as futures, and {@link #calls()} the Retrofit
 * interfaces underneath. The operations the spec marks as acting inside one account are refused
 * here, before sending: make them on {@link #forAccount(String)}. The Retrofit layer checks
 * nothing: an account-level call made through {@code cyclr.calls()} goes out without {@code
 * X-Cyclr-Account}.
 *
 * <p>The client fetches an OAuth 2.0 token with the client credentials, reuses it until shortly
 * before it expires, and fetches a new one (once, however many threads need it) when it expires
 * or Cyclr answers 401. Failures are {@link dev.apiclients.runtime.ApiException}s; idempotent calls
 * are retried per the {@link dev.apiclients.runtime.RetryPolicy}, POSTs never are.
 */
public final class CyclrClient extends CyclrOperations implements Closeable {
  private static final String ACCOUNT_HEADER = "X-Cyclr-Account";

  private final Transport transport;
  private final HttpUrl consoleRoot;
  private final String description;

  private CyclrClient(Transport transport, HttpUrl consoleRoot, String description) {
    super(new CyclrServices(new CyclrCalls(transport),
        HeaderScope.none(ACCOUNT_HEADER, "call it on cyclr.forAccount(accountId)")));
    this.transport = transport;
    this.consoleRoot = consoleRoot;
    this.description = description;
  }

  /**
   * Returns a builder; credentials are the one required setting.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the operations acting inside the account {@code accountApiId}: the account-level ones
   * (those the spec marks with the {@code CyclrAccount} security scheme) also send it in {@code
   * X-Cyclr-Account}; the view's other operations go out as on this client, without it.
   *
   * @param accountApiId the account's API ID
   * @return the operations inside that account, sharing this client's connections and credentials
   */
  public CyclrAccountScope forAccount(String accountApiId) {
    if (accountApiId == null || accountApiId.trim().isEmpty()) {
      throw new IllegalArgumentException("accountApiId must not be null or blank");
    }
    new Headers.Builder().add(ACCOUNT_HEADER, accountApiId); // Fails now rather than on each account-level call.
    return new CyclrAccountScope(transport.withScopeHeader(ACCOUNT_HEADER, accountApiId), accountApiId, ACCOUNT_HEADER);
  }

  /**
   * Returns the console page that signs a user in with a sign-in token, {@code
   * https://{consoleHost}/account/signinwithtoken?token={token}}, the token URL-encoded. The URL is
   * a credential until the token expires: redirect the user's browser to it, do not log it.
   *
   * @param token a sign-in token
   * @return the sign-in URL
   */
  public String signInUrl(String token) {
    return CyclrUrls.signInUrl(consoleRoot, token);
  }

  /**
   * Like {@link #signInUrl(String)}, with the token of a {@code createAccountSignInToken} answer.
   *
   * @param token the answer of {@code createAccountSignInToken}
   * @return the sign-in URL
   */
  public String signInUrl(SignInToken token) {
    if (token == null) {
      throw new NullPointerException("token == null");
    }
    return signInUrl(token.getToken());
  }

  /** Releases the threads and connections of the client's own OkHttp client. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "CyclrClient{" + description + '}';
  }

  /**
   * Builds a {@link CyclrClient}: a region (default {@link CyclrRegion#US}) or a private instance's
   * URLs, and either {@link #clientCredentials} or {@link #bearerToken}.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private static final RequestRule INSTALL_CONNECTOR = new InstallConnectorRule();

    private HttpUrl tokenUrl;
    private HttpUrl consoleRoot;
    private String clientId;
    private String clientSecret;
    private String accountScope;
    private String bearerToken;
    private LongSupplier nanoClock = System::nanoTime;

    private Builder() {
      super(CyclrRegion.US.baseUrl(), "cyclr-generated", SecretFields.NAMES);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Talks to a Cyclr region: sets the base URL, the token URL and the console host, replacing
     * what {@link #baseUrl}, {@link #tokenUrl} and {@link #consoleHost} set before.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(CyclrRegion region) {
      if (region == null) {
        throw new NullPointerException("region == null");
      }
      baseUrl(region.baseUrl());
      this.tokenUrl = null;
      this.consoleRoot = null;
      return this;
    }

    /**
     * The OAuth token endpoint, for example {@code https://api.cyclr.example.com/oauth/token} for a
     * private instance. HTTPS is required except on loopback. Needed when {@link #baseUrl} is not a
     * region's; for a region it defaults to the region's endpoint.
     *
     * @param tokenUrl the token endpoint's URL
     * @return this builder
     */
    public Builder tokenUrl(String tokenUrl) {
      this.tokenUrl = requireHttpsOrLoopback("token URL", tokenUrl);
      return this;
    }

    /**
     * The console host that sign-in URLs point at, for example {@code cyclr.example.com}; default
     * the host of the base URL.
     *
     * @param consoleHost the console's host name
     * @return this builder
     */
    public Builder consoleHost(String consoleHost) {
      this.consoleRoot = CyclrUrls.consoleRoot(consoleHost);
      return this;
    }

    /**
     * Sets the partner's OAuth client ID and secret; the secret is never logged or printed.
     *
     * @param clientId the OAuth client ID
     * @param clientSecret the OAuth client secret
     * @return this builder
     */
    public Builder clientCredentials(String clientId, String clientSecret) {
      if (clientId == null || clientId.trim().isEmpty()) {
        throw new IllegalArgumentException("clientId must not be null or blank");
      }
      if (clientSecret == null || clientSecret.isEmpty()) {
        throw new IllegalArgumentException("clientSecret must not be null or empty");
      }
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Requests tokens limited to one account ({@code scope=account:{accountId}}); default tokens
     * for the whole partner. Only with {@link #clientCredentials}.
     *
     * @param accountId the account's API ID
     * @return this builder
     */
    public Builder accountScope(String accountId) {
      if (accountId == null || accountId.trim().isEmpty()) {
        throw new IllegalArgumentException("accountId must not be null or blank");
      }
      this.accountScope = "account:" + accountId;
      return this;
    }

    /**
     * Sends this token as {@code Authorization: Bearer {token}} and never requests one: for callers
     * that manage tokens themselves. A 401 then goes straight back to the caller.
     *
     * @param token the access token
     * @return this builder
     */
    public Builder bearerToken(String token) {
      if (!HeaderValues.isVisibleAscii(token)) {
        throw new IllegalArgumentException(
            "bearerToken must be non-empty visible ASCII, as an HTTP header value must be");
      }
      this.bearerToken = token;
      return this;
    }

    /** Replaces the monotonic clock that times token expiry, so tests need not sleep. */
    Builder nanoClock(LongSupplier nanoClock) {
      this.nanoClock = nanoClock;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client, to be shared and closed at shutdown
     * @throws IllegalStateException when the credentials are missing or contradict each other
     */
    public CyclrClient build() {
      if (clientId == null && bearerToken == null) {
        throw new IllegalStateException(
            "Credentials are required: call clientCredentials(clientId, clientSecret) or bearerToken(token)");
      }
      if (clientId != null && bearerToken != null) {
        throw new IllegalStateException(
            "Call clientCredentials(..) or bearerToken(..), not both: a fixed token would never be renewed");
      }
      if (bearerToken != null && accountScope != null) {
        throw new IllegalStateException(
            "accountScope(..) shapes token requests, which bearerToken(..) never makes; use clientCredentials(..)");
      }
      CyclrErrors errors = new CyclrErrors();
      HttpUrl console = consoleRoot != null ? consoleRoot : CyclrUrls.consoleRoot(baseUrl());
      if (bearerToken != null) {
        String token = bearerToken;
        Interceptor auth = chain -> chain.proceed(OAuthInterceptor.withBearer(chain.request(), token));
        return new CyclrClient(buildTransport(Collections.singletonList(auth), errors, INSTALL_CONNECTOR),
            console, "baseUrl=" + baseUrl() + ", auth=bearer token ***");
      }
      HttpUrl tokens = tokenUrl != null ? tokenUrl : regionTokenUrl();
      OAuthTokens oauth = new OAuthTokens(tokens, clientId, clientSecret, accountScope, errors, nanoClock);
      Transport transport = buildTransport(
          Collections.<Interceptor>singletonList(new OAuthInterceptor(oauth)), errors, INSTALL_CONNECTOR);
      oauth.useClientOf(transport.okHttpClient());
      return new CyclrClient(transport, console, "baseUrl=" + baseUrl() + ", auth=" + oauth);
    }

    /** The client secret must not go to a region's token endpoint when the API is elsewhere. */
    private HttpUrl regionTokenUrl() {
      for (CyclrRegion region : CyclrRegion.values()) {
        if (HttpUrl.get(region.baseUrl()).equals(baseUrl())) {
          return HttpUrl.get(region.tokenUrl());
        }
      }
      throw new IllegalStateException("tokenUrl(..) is required when baseUrl is not a Cyclr region's ("
          + baseUrl() + "): the token endpoint of a private instance cannot be guessed");
    }

    @Override
    public String toString() {
      return "CyclrClient.Builder{baseUrl=" + baseUrl()
          + ", tokenUrl=" + (tokenUrl != null ? tokenUrl : "(region's)")
          + ", consoleHost=" + (consoleRoot != null ? consoleRoot.host() : "(base URL's)")
          + ", auth=" + (bearerToken != null ? "bearer token ***"
              : clientId != null ? "client credentials, clientSecret=***" : "none")
          + (accountScope != null ? ", scope=" + accountScope : "") + '}';
    }
  }
}
