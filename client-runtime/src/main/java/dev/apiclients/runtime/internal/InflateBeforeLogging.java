package dev.apiclients.runtime.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.GzipSource;
import okio.Okio;

/**
 * At {@code BODY} level, OkHttp's logging interceptor reads a response body whole and inflates a
 * gzipped one whole, before {@link ResponseBodyLimit} (an application interceptor) can count it: a
 * gzip bomb or an endless body would fill the heap in the logger. So at that level the body is
 * inflated here, on the way up from the wire, and a {@link ResponseBodyLimit} between this and the
 * logger counts and cuts what the logger reads.
 *
 * <p>The answer then reaches OkHttp's transparent gzip without {@code Content-Encoding}, so it is not
 * inflated twice; its {@code Content-Length}, the compressed size, goes too.
 */
public final class InflateBeforeLogging implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (body == null || !"gzip".equalsIgnoreCase(response.header("Content-Encoding"))) {
      return response;
    }
    ResponseBody inflated = ResponseBody.create(body.contentType(), -1, Okio.buffer(new GzipSource(body.source())));
    return response.newBuilder()
        .removeHeader("Content-Encoding")
        .removeHeader("Content-Length")
        .body(inflated)
        .build();
  }
}
