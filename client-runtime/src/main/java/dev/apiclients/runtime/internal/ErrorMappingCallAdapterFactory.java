package dev.apiclients.runtime.internal;

import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.ProviderError;
import dev.apiclients.runtime.codegen.BodyRedaction;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Makes every {@code Call<T>} of a generated interface report failures as {@link ApiException}s:
 * a non-2xx answer becomes an {@link ApiHttpException} (status, provider code and message, raw
 * body, headers, request), a transport failure an {@link ApiConnectionException}, and a 2xx without
 * a body (a 204, say) where the operation promises one an {@link ApiDecodeException}. A successful
 * {@code execute()} therefore always carries a 2xx response, and a non-null body unless the
 * operation has none ({@code Call<Void>}). The raw body an {@link ApiHttpException} keeps has the
 * client's secret fields masked.
 */
public final class ErrorMappingCallAdapterFactory extends CallAdapter.Factory {
  private final ProviderError.Parser errors;
  private final BodyRedaction redaction;

  /** @param redaction masks the client's secret fields in the raw bodies errors keep */
  public ErrorMappingCallAdapterFactory(ProviderError.Parser errors, BodyRedaction redaction) {
    this.errors = errors;
    this.redaction = redaction;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != Call.class || !(returnType instanceof ParameterizedType)) {
      return null;
    }
    Type responseType = getParameterUpperBound(0, (ParameterizedType) returnType);
    return new CallAdapter<Object, Call<Object>>() {
      @Override
      public Type responseType() {
        return responseType;
      }

      @Override
      public Call<Object> adapt(Call<Object> call) {
        return new ErrorMappingCall<>(call, errors, redaction, responseType);
      }
    };
  }

  static final class ErrorMappingCall<T> implements Call<T> {
    private final Call<T> delegate;
    private final ProviderError.Parser errors;
    private final BodyRedaction redaction;
    private final Type responseType;

    ErrorMappingCall(Call<T> delegate, ProviderError.Parser errors, BodyRedaction redaction, Type responseType) {
      this.delegate = delegate;
      this.errors = errors;
      this.redaction = redaction;
      this.responseType = responseType;
    }

    @Override
    public Response<T> execute() throws IOException {
      Response<T> response;
      try {
        response = delegate.execute();
      } catch (ApiException e) {
        throw e;
      } catch (IOException e) {
        throw new ApiConnectionException(describe(delegate.request()), e);
      }
      if (!response.isSuccessful()) {
        throw toHttpException(response);
      }
      checkBodyPresent(response);
      return response;
    }

    @Override
    public void enqueue(Callback<T> callback) {
      delegate.enqueue(new Callback<T>() {
        @Override
        public void onResponse(Call<T> call, Response<T> response) {
          if (response.isSuccessful()) {
            try {
              checkBodyPresent(response);
            } catch (ApiDecodeException e) {
              callback.onFailure(ErrorMappingCall.this, e);
              return;
            }
            callback.onResponse(ErrorMappingCall.this, response);
            return;
          }
          ApiHttpException failure;
          try {
            failure = toHttpException(response);
          } catch (IOException e) {
            callback.onFailure(ErrorMappingCall.this, new ApiConnectionException(describe(call.request()), e));
            return;
          }
          callback.onFailure(ErrorMappingCall.this, failure);
        }

        @Override
        public void onFailure(Call<T> call, Throwable t) {
          Throwable mapped = t instanceof IOException && !(t instanceof ApiException)
              ? new ApiConnectionException(describe(call.request()), (IOException) t)
              : t;
          callback.onFailure(ErrorMappingCall.this, mapped);
        }
      });
    }

    private ApiHttpException toHttpException(Response<T> response) throws IOException {
      String body = "";
      ResponseBody errorBody = response.errorBody();
      if (errorBody != null) {
        try {
          body = errorBody.string();
        } finally {
          errorBody.close();
        }
      }
      ProviderError error = errors.parse(body);
      // An error answer may echo the request, credentials included.
      return ApiHttpException.forStatus(response.raw(), error.code(), error.message(), redaction.redact(body));
    }

    /**
     * Retrofit hands a 204 or 205 to the caller as a null body without asking the converter (which
     * refuses an empty 200); an operation whose spec declares a body must not succeed with none.
     */
    private void checkBodyPresent(Response<T> response) throws ApiDecodeException {
      if (response.body() != null || responseType == Void.class) {
        return;
      }
      okhttp3.Response raw = response.raw();
      throw new ApiDecodeException("Expected a JSON " + simpleName(responseType) + " but the answer was HTTP "
          + raw.code() + " without a body (" + describe(raw.request()) + ")", "", null);
    }

    /** {@code OrderDocument}, {@code List<Account>}: what the operation promises, as its javadoc names it. */
    private static String simpleName(Type type) {
      if (type instanceof Class) {
        return ((Class<?>) type).getSimpleName();
      }
      if (type instanceof ParameterizedType) {
        StringBuilder name = new StringBuilder(simpleName(((ParameterizedType) type).getRawType())).append('<');
        Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
        for (int i = 0; i < arguments.length; i++) {
          name.append(i == 0 ? "" : ", ").append(simpleName(arguments[i]));
        }
        return name.append('>').toString();
      }
      return type.toString(); // Not getTypeName(): Android has it only from API 28.
    }

    private static String describe(Request request) {
      return request.method() + " " + request.url().encodedPath();
    }

    @Override
    public boolean isExecuted() {
      return delegate.isExecuted();
    }

    @Override
    public void cancel() {
      delegate.cancel();
    }

    @Override
    public boolean isCanceled() {
      return delegate.isCanceled();
    }

    @SuppressWarnings("CloneDoesntCallSuperClone") // Retrofit's Call.clone means "a new call".
    @Override
    public Call<T> clone() {
      return new ErrorMappingCall<>(delegate.clone(), errors, redaction, responseType);
    }

    @Override
    public Request request() {
      return delegate.request();
    }

    @Override
    public okio.Timeout timeout() {
      return delegate.timeout();
    }
  }
}
