package dev.apiclients.runtime.internal;

import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiHttpException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Bounds what a response body can cost, whoever reads it (the decoder, Retrofit's
 * buffering of error bodies, the token fetch). An application interceptor, so it sees bodies as
 * inflated by OkHttp's transparent gzip and counts what a reader gets, not what the wire carried.
 *
 * <ul>
 *   <li>A 2xx body is counted while it is read; past {@code maxBytes} the read fails with an {@link
 *       ApiDecodeException} naming the limit (at once when its Content-Length already says so).
 *   <li>Any other body is replaced by at most {@link #KEPT_ERROR_BYTES} of it (or {@code maxBytes}
 *       when smaller), ending with {@link ApiHttpException#CUT_MARKER} when cut, so that the error
 *       keeps its typed status while Retrofit buffers only that much.
 * </ul>
 */
public final class ResponseBodyLimit implements Interceptor {
  /**
   * The most of an error body kept for {@link ApiHttpException#rawBody()}: providers' error bodies
   * are a few hundred bytes, an HTML error page a few KiB; more is a fault of its own.
   */
  public static final int KEPT_ERROR_BYTES = 64 * 1024;

  private final long maxBytes;

  public ResponseBodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    ResponseBody body = response.body();
    if (body == null) {
      return response; // Only a caller's own interceptor could hand us one without a body.
    }
    if (!response.isSuccessful()) {
      return response.newBuilder().body(keptPart(body, (int) Math.min(KEPT_ERROR_BYTES, maxBytes))).build();
    }
    if (body.contentLength() > maxBytes) {
      body.close();
      throw tooLarge(request);
    }
    return response.newBuilder().body(new CountedBody(body, request)).build();
  }

  private ApiDecodeException tooLarge(Request request) {
    return new ApiDecodeException("The response body of " + request.method() + " " + request.url().encodedPath()
        + " is larger than maxResponseBytes (" + maxBytes + " bytes) allows; it was not decoded", "", null);
  }

  /** The first {@code kept} bytes of {@code body}, marked as cut if it had more; the body is closed. */
  private static ResponseBody keptPart(ResponseBody body, int kept) throws IOException {
    MediaType contentType = body.contentType();
    Buffer buffer = new Buffer();
    try {
      BufferedSource source = body.source();
      // One byte beyond the kept part tells whether there is more.
      while (buffer.size() <= kept && source.read(buffer, kept + 1 - buffer.size()) != -1) {
        // Reads at most what the condition still allows.
      }
    } finally {
      body.close();
    }
    if (buffer.size() <= kept) {
      return ResponseBody.create(contentType, buffer.size(), buffer);
    }
    Charset named = contentType == null ? null : contentType.charset();
    Charset charset = named == null ? StandardCharsets.UTF_8 : named;
    long end = kept;
    if (charset.equals(StandardCharsets.UTF_8)) {
      // Step back over the continuation bytes (at most three) of a character the cut would split,
      // and drop its first byte too.
      for (int i = 0; i < 3 && end > 0 && (buffer.getByte(end) & 0xc0) == 0x80; i++) {
        end--;
      }
    }
    Buffer part = new Buffer();
    part.write(buffer, end);
    part.write(ApiHttpException.CUT_MARKER.getBytes(charset));
    return ResponseBody.create(contentType, part.size(), part);
  }

  /** A 2xx body that fails its reader once more than {@code maxBytes} have been read. */
  private final class CountedBody extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;

    CountedBody(ResponseBody delegate, Request request) {
      this.delegate = delegate;
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        private long count;

        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
          long read = super.read(sink, byteCount);
          if (read != -1) {
            count += read;
            if (count > maxBytes) {
              throw tooLarge(request);
            }
          }
          return read;
        }
      });
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }
  }
}
