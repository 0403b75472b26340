package dev.apiclients.runtime.internal;

import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.ProviderError;
import dev.apiclients.runtime.RetryPolicy;
import dev.apiclients.runtime.codegen.BodyRedaction;
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
 * a non-null body unless the operation has none ({@code Call<Void>}).
 */
public final class ErrorMappingCallAdapterFactory extends CallAdapter.Factory {
  private final ProviderError.Parser errors;
  private final BodyRedaction redaction;
  private final Retries retries;

  /**
   * @param redaction masks the client's secret fields in the raw bodies errors keep
   * @param callTimeoutMillis the bound on a whole call, attempts and waits together; 0 for none
   */
  public ErrorMappingCallAdapterFactory(ProviderError.Parser errors, BodyRedaction redaction, RetryPolicy policy,
      long callTimeoutMillis, RetryTimer timer) {
    this.errors = errors;
    this.redaction = redaction;
    this.retries = new Retries(policy, callTimeoutMillis, timer);
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
