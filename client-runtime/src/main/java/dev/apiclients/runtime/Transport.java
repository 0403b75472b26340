package dev.apiclients.runtime;

import dev.apiclients.runtime.codegen.ScopedOperation;
import java.io.Closeable;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Invocation;
import retrofit2.Retrofit;

/** The OkHttp client and Retrofit instance behind one generated client; see {@link ClientBuilder}. */
public final class Transport implements Closeable {
  private final Retrofit retrofit;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final Closeable retryLayer;

  /** @param retryLayer ends the waits of pending retries on {@link #close()}; null for a derived transport */
  Transport(Retrofit retrofit, OkHttpClient client, boolean ownsClient, Closeable retryLayer) {
    this.retrofit = retrofit;
    this.client = client;
    this.ownsClient = ownsClient;
    this.retryLayer = retryLayer;
  }

  /** Returns the implementation of a generated Retrofit interface. */
  public <T> T create(Class<T> api) {
    return retrofit.create(api);
  }

  /**
   * Returns a transport that adds one header to the requests of the Retrofit methods marked {@link
   * ScopedOperation}, and to no other request, sharing this one's connection pool, threads, retries
   * and credentials (Cyclr's {@code X-Cyclr-Account}, which its spec declares on the account-level
   * operations only). The mark is read from the {@link Invocation} Retrofit tags each request with,
   * so it holds for synchronous and asynchronous calls, the raw {@code Call}s and their retries.
   */
  public Transport withScopeHeader(String name, String value) {
    OkHttpClient derived = client.newBuilder()
        .addInterceptor(chain -> {
          Request request = chain.request();
          return chain.proceed(isScoped(request) ? request.newBuilder().header(name, value).build() : request);
        })
        .build();
    return new Transport(retrofit.newBuilder().client(derived).build(), derived, false, null);
  }

  private static boolean isScoped(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(ScopedOperation.class);
  }

  public OkHttpClient okHttpClient() {
    return client;
  }

  /**
   * Ends the waits of calls waiting to retry (each fails at once with an {@code
   * ApiConnectionException}) and releases the threads and connections this client created. A
   * caller-supplied {@link OkHttpClient} is left running: its owner shuts it down.
   */
  @Override
  public void close() {
    if (retryLayer != null) {
      try {
        retryLayer.close();
      } catch (IOException notThrown) {
        throw new AssertionError(notThrown);
      }
    }
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
