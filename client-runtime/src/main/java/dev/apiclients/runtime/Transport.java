package dev.apiclients.runtime;

import java.io.Closeable;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/** The OkHttp client and Retrofit instance behind one generated client; see {@link ClientBuilder}. */
public final class Transport implements Closeable {
  private final Retrofit retrofit;
  private final OkHttpClient client;
  private final boolean ownsClient;

  Transport(Retrofit retrofit, OkHttpClient client, boolean ownsClient) {
    this.retrofit = retrofit;
    this.client = client;
    this.ownsClient = ownsClient;
  }

  /** Returns the implementation of a generated Retrofit interface. */
  public <T> T create(Class<T> api) {
    return retrofit.create(api);
  }

  /**
   * Returns a transport that adds one header to every request, sharing this one's connection pool,
   * threads, retries and credentials (for example Cyclr's {@code X-Cyclr-Account}).
   */
  public Transport withHeader(String name, String value) {
    OkHttpClient derived = client.newBuilder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header(name, value).build()))
        .build();
    return new Transport(retrofit.newBuilder().client(derived).build(), derived, false);
  }

  public OkHttpClient okHttpClient() {
    return client;
  }

  /**
   * Releases the threads and connections this client created. A caller-supplied {@link
   * OkHttpClient} is left running: its owner shuts it down.
   */
  @Override
  public void close() {
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
