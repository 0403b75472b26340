package dev.apiclients.runtime.testing;

import dev.apiclients.runtime.ClientBuilder;
import dev.apiclients.runtime.RetryPolicy;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An OkHttp client that answers every request itself, without a network, with the status and body
 * set last: fuzz tests drive a generated client's whole decoding path (Retrofit, conversion, error
 * mapping) thousands of times a second through it.
 */
public final class CannedResponses {
  private static final MediaType JSON = MediaType.get("application/json");

  private volatile int status = 200;
  private volatile byte[] body = new byte[0];
  private final AtomicInteger requests = new AtomicInteger();

  /** Sets what the next requests are answered with. */
  public void answer(int status, byte[] body) {
    this.status = status;
    this.body = body;
  }

  public int requests() {
    return requests.get();
  }

  /**
   * Wires {@code builder} to these answers, without retries: each fuzz input is one request, and
   * its answer reaches the decoding path unchanged.
   */
  public <B extends ClientBuilder<B>> B wire(B builder) {
    return builder.okHttpClient(okHttpClient()).retryPolicy(RetryPolicy.NONE);
  }

  /** A client to pass to a generated client's {@code okHttpClient(..)}. */
  public OkHttpClient okHttpClient() {
    Interceptor canned = chain -> {
      requests.incrementAndGet();
      return new Response.Builder()
          .request(chain.request())
          .protocol(Protocol.HTTP_1_1)
          .code(status)
          .message("canned")
          .body(ResponseBody.create(JSON, body))
          .build();
    };
    return new OkHttpClient.Builder().addInterceptor(canned).build();
  }
}
