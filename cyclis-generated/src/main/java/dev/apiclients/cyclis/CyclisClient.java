package dev.apiclients.cyclis;

import dev.apiclients.cyclis.internal.SecretFields;
import dev.apiclients.runtime.ClientBuilder;
import dev.apiclients.runtime.RequestRule;
import dev.apiclients.runtime.Transport;
import dev.apiclients.runtime.codegen.HeaderScope;
import dev.apiclients.runtime.codegen.HeaderValues;
import java.io.Closeable;
import java.util.Collections;
import okhttp3.Interceptor;

/**
 * The entry point of the Cyclis Integrator API client. Build one, share it, close it at shutdown.
 *
 * <pre>{@code
 * CyclisClient cyclis = CyclisClient.builder().apiToken(System.getenv("CYCLIS_API_TOKEN")).build();
 * OrderList orders = cyclis.orders().listOrders(ListOrdersParams.builder()
 *     .companyId(companyId)
 *     .updatedSince(LocalDate.of(2021, 12, 30))
 *     .build());
 * }</pre>
 *
 * <p>{@link #orders()} and the other services run calls on the calling thread and return the
 * decoded body; {@link #async()} has the same operations as futures, and {@link #calls()} the
 * Retrofit interfaces underneath. Every call sends the API key in the {@code API-TOKEN} header. Failures are {@link
 * dev.apiclients.runtime.ApiException}s; idempotent calls are retried per the {@link
 * dev.apiclients.runtime.RetryPolicy}, and {@code updateOrderStatus} (a PATCH) never is.
 */
public final class CyclisClient extends CyclisOperations implements Closeable {
  /** The spec's server. Assumption of the spec: the real host is agreed with Cyclis. */
  public static final String DEFAULT_BASE_URL = "https://integrator-api.cyclis.be/";

  private final Transport transport;

  private CyclisClient(Transport transport) {
    super(new CyclisServices(new CyclisCalls(transport), HeaderScope.unused()));
    this.transport = transport;
  }

  /**
   * Returns a builder; {@link Builder#apiToken} is the one required setting.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Replaces or clears the callback URL the way Cyclis prescribes (DELETE, then register).
   *
   * @return the callback URL operations that keep to Cyclis' one-URL rule
   */
  public CallbackUrls callbackUrls() {
    return new CallbackUrls(calls().callbacks());
  }

  /** Releases the threads and connections of the client's own OkHttp client. */
  @Override
  public void close() {
    transport.close();
  }

  /** Builds a {@link CyclisClient}; {@link #apiToken} is required. */
  public static final class Builder extends ClientBuilder<Builder> {
    private static final RequestRule CALLBACK_URL = new CallbackUrlRule();

    private String apiToken;

    private Builder() {
      super(DEFAULT_BASE_URL, "cyclis-generated", SecretFields.NAMES);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the API key Cyclis issued; sent as the {@code API-TOKEN} header, never logged.
     *
     * @param apiToken the key: non-empty visible ASCII, as an HTTP header value must be
     * @return this builder
     */
    public Builder apiToken(String apiToken) {
      if (!HeaderValues.isVisibleAscii(apiToken)) {
        // Never echo the value: it is the secret (a stray newline from a file is the usual cause).
        throw new IllegalArgumentException("apiToken must be non-empty visible ASCII, as an HTTP header value must be");
      }
      this.apiToken = apiToken;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client, to be shared and closed at shutdown
     * @throws IllegalStateException when no {@link #apiToken} was set
     */
    public CyclisClient build() {
      if (apiToken == null) {
        throw new IllegalStateException("apiToken is required: Cyclis rejects requests without API-TOKEN");
      }
      String token = apiToken;
      Interceptor auth = chain -> chain.proceed(chain.request().newBuilder().header("API-TOKEN", token).build());
      return new CyclisClient(buildTransport(Collections.singletonList(auth), new CyclisErrors(), CALLBACK_URL));
    }
  }
}
