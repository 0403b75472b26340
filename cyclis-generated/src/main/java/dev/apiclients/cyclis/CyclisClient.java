package dev.apiclients.cyclis;

import dev.apiclients.cyclis.api.CallbacksApi;
import dev.apiclients.cyclis.api.CompaniesApi;
import dev.apiclients.cyclis.api.CyclistsApi;
import dev.apiclients.cyclis.api.DealersApi;
import dev.apiclients.cyclis.api.OrdersApi;
import dev.apiclients.runtime.ClientBuilder;
import dev.apiclients.runtime.Transport;
import dev.apiclients.runtime.internal.HeaderValues;
import java.io.Closeable;
import java.util.Collections;
import okhttp3.Interceptor;

/**
 * The entry point of the Cyclis Integrator API client. Build one, share it, close it at shutdown.
 *
 * <pre>{@code
 * CyclisClient cyclis = CyclisClient.builder().apiToken(System.getenv("CYCLIS_API_TOKEN")).build();
 * OrderList orders = cyclis.orders().listOrders(companyId, null, "2021-12-30").execute().body();
 * }</pre>
 *
 * <p>Every call sends the API key in the {@code API-TOKEN} header. Failures are {@link
 * dev.apiclients.runtime.ApiException}s; idempotent calls are retried per the {@link
 * dev.apiclients.runtime.RetryPolicy}, and {@code updateOrderStatus} (a PATCH) never is.
 */
public final class CyclisClient implements Closeable {
  /** The spec's server. Assumption of the spec: the real host is agreed with Cyclis. */
  public static final String DEFAULT_BASE_URL = "https://integrator-api.cyclis.be/";

  private final Transport transport;
  private final CompaniesApi companies;
  private final CyclistsApi cyclists;
  private final DealersApi dealers;
  private final OrdersApi orders;
  private final CallbacksApi callbacks;

  private CyclisClient(Transport transport) {
    this.transport = transport;
    this.companies = transport.create(CompaniesApi.class);
    this.cyclists = transport.create(CyclistsApi.class);
    this.dealers = transport.create(DealersApi.class);
    this.orders = transport.create(OrdersApi.class);
    this.callbacks = transport.create(CallbacksApi.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  public CompaniesApi companies() {
    return companies;
  }

  public CyclistsApi cyclists() {
    return cyclists;
  }

  public DealersApi dealers() {
    return dealers;
  }

  public OrdersApi orders() {
    return orders;
  }

  public CallbacksApi callbacks() {
    return callbacks;
  }

  /** Replaces or clears the callback URL the way Cyclis prescribes (DELETE, then register). */
  public CallbackUrls callbackUrls() {
    return new CallbackUrls(callbacks);
  }

  /** Releases the threads and connections of the client's own OkHttp client. */
  @Override
  public void close() {
    transport.close();
  }

  /** Builds a {@link CyclisClient}; {@link #apiToken} is required. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String apiToken;

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The API key Cyclis issued; sent as the {@code API-TOKEN} header, never logged. */
    public Builder apiToken(String apiToken) {
      if (!HeaderValues.isVisibleAscii(apiToken)) {
        // Never echo the value: it is the secret (a stray newline from a file is the usual cause).
        throw new IllegalArgumentException("apiToken must be non-empty visible ASCII, as an HTTP header value must be");
      }
      this.apiToken = apiToken;
      return this;
    }

    public CyclisClient build() {
      if (apiToken == null) {
        throw new IllegalStateException("apiToken is required: Cyclis rejects requests without API-TOKEN");
      }
      String token = apiToken;
      Interceptor auth = chain -> chain.proceed(chain.request().newBuilder().header("API-TOKEN", token).build());
      return new CyclisClient(buildTransport(Collections.singletonList(auth), new CyclisErrors()));
    }
  }
}
