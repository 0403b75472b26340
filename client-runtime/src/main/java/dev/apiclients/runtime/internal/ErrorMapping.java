package dev.apiclients.runtime.internal;

import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.ProviderError;
import dev.apiclients.runtime.codegen.BodyRedaction;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/** Turns the outcome of one attempt into the {@link ApiException} a caller sees, or null for success. */
final class ErrorMapping {
  private final ProviderError.Parser errors;
  private final BodyRedaction redaction;
  private final Type responseType;

  ErrorMapping(ProviderError.Parser errors, BodyRedaction redaction, Type responseType) {
    this.errors = errors;
    this.redaction = redaction;
    this.responseType = responseType;
  }

  /**
   * Returns null for a 2xx answer with the body the operation promises; otherwise the failure: an
   * {@link ApiHttpException} for a non-2xx, an {@link ApiDecodeException} for a 2xx without a body.
   */
  ApiException failureOf(Response<?> response) {
    if (!response.isSuccessful()) {
      return toHttpException(response);
    }
    if (response.body() != null || responseType == Void.class) {
      return null;
    }
    // Retrofit hands a 204 or 205 to the caller as a null body without asking the converter (which
    // refuses an empty 200); an operation whose spec declares a body must not succeed with none.
    okhttp3.Response raw = response.raw();
    return new ApiDecodeException("Expected a JSON " + simpleName(responseType) + " but the answer was HTTP "
        + raw.code() + " without a body (" + describe(raw.request()) + ")", "", null);
  }

  /**
   * A typed failure passes as it is; any other is the connection's, unless OkHttp reports an
   * exception an interceptor threw on its dispatcher thread ({@code "canceled due to ..."}, the
   * exception suppressed): that is a defect, never retried.
   */
  static ApiException failureOf(IOException e, Call<?> call) {
    if (e instanceof ApiException) {
      return (ApiException) e;
    }
    Throwable[] suppressed = e.getSuppressed();
    if (suppressed.length == 1 && !(suppressed[0] instanceof IOException)
        && String.valueOf(e.getMessage()).startsWith("canceled due to ")) {
      return defect(call.request(), suppressed[0]);
    }
    return new ApiConnectionException(describe(call.request()), e);
  }

  /** An exception thrown inside the client's stack (an interceptor), not by the connection. */
  static ApiConnectionException defect(Request request, Throwable thrown) {
    return new ApiConnectionException(describe(request), new DefectInCall(thrown));
  }

  static boolean isDefect(ApiException failure) {
    return failure.getCause() instanceof DefectInCall;
  }

  /** The cause of a failure that happened inside the client, not on the wire: trying again cannot help. */
  static final class DefectInCall extends IOException {
    private static final long serialVersionUID = 1L;

    DefectInCall(Throwable thrown) {
      super("thrown inside the client (an interceptor), not by the connection: " + thrown, thrown);
    }

    /** The message alone: it opens with what happened, and the cause names the type. */
    @Override
    public String toString() {
      return getMessage();
    }
  }

  private ApiException toHttpException(Response<?> response) {
    String body = "";
    ResponseBody errorBody = response.errorBody();
    if (errorBody != null) {
      try {
        body = errorBody.string();
      } catch (IOException e) {
        return new ApiConnectionException(describe(response.raw().request()), e);
      } finally {
        errorBody.close();
      }
    }
    ProviderError error;
    try {
      error = errors.parse(body);
    } catch (RuntimeException parserDefect) {
      // A parser must not throw; should one, the HTTP error it came with still reaches the caller.
      error = ProviderError.NONE;
    }
    return ApiHttpException.forStatus(response.raw(), error.code(), error.message(), redaction.redact(body));
  }

  static String describe(Request request) {
    return request.method() + " " + request.url().encodedPath();
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
}
