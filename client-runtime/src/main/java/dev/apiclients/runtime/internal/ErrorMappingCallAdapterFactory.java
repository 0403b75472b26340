package dev.apiclients.runtime.internal;

import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.ProviderError;
import dev.apiclients.runtime.RetryPolicy;
import dev.apiclients.runtime.codegen.BodyRedaction;
import java.io.Closeable;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * Makes every {@code Call<T>} of a generated interface a {@link RetryingCall}: it retries as the
 * {@link RetryPolicy} allows, within the call's deadline, and reports failures as {@link
 * ApiException}s: a non-2xx answer as an {@link ApiHttpException} (status, provider code and
 * message, raw body, headers, request), a transport failure as an {@link ApiConnectionException},
 * and a 2xx without a body (a 204, say) where the operation promises one as an {@link
 * ApiDecodeException}. A successful {@code execute()} therefore always carries a 2xx response, and
 * a non-null body unless the operation has none ({@code Call<Void>}). The deadline of a call is
 * the timeout of its OkHttp call: the client's call timeout, or what the caller set on the {@code
 * Call}.
 */
public final class ErrorMappingCallAdapterFactory extends CallAdapter.Factory implements Closeable {
  private final ProviderError.Parser errors;
  private final BodyRedaction redaction;
  private final Retries retries;

  /**
   * @param redaction masks the client's secret fields in the raw bodies errors keep
   * @param timer the clock and the waits of retries ({@link RetryTimer#SYSTEM} outside tests)
   */
  public ErrorMappingCallAdapterFactory(
      ProviderError.Parser errors, BodyRedaction redaction, RetryPolicy policy, RetryTimer timer) {
    this.errors = errors;
    this.redaction = redaction;
    this.retries = new Retries(policy, timer);
  }

  /** Ends the waits of the client's calls: each fails at once; no call waits to retry again. */
  @Override
  public void close() {
    retries.close();
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != Call.class || !(returnType instanceof ParameterizedType)) {
      return null;
    }
    Type responseType = getParameterUpperBound(0, (ParameterizedType) returnType);
    ErrorMapping mapping = new ErrorMapping(errors, redaction, responseType);
    return new CallAdapter<Object, Call<Object>>() {
      @Override
      public Type responseType() {
        return responseType;
      }

      @Override
      public Call<Object> adapt(Call<Object> call) {
        return new RetryingCall<>(call, mapping, retries);
      }
    };
  }
}
