package dev.apiclients.runtime.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Rewrites the two {@code Retry-After} values of a response that OkHttp 3.14's own follow-up logic
 * mishandles, before it reads them:
 *
 * <ul>
 *   <li>seconds beyond {@link Integer#MAX_VALUE}: OkHttp parses a 503's header as an {@code int}
 *       and throws {@code NumberFormatException}, which would reach the caller as an untyped crash.
 *       The value is capped; a pause of 68 years ends the retries just the same;
 *   <li>{@code 0} on a 503: OkHttp then resends the request itself, whatever its method, so a POST
 *       or the non-idempotent Cyclis order PATCH would be sent twice. It becomes {@code 1}: OkHttp
 *       leaves the answer alone and {@link RetryInterceptor} decides, as for every other status.
 * </ul>
 */
public final class RetryAfterGuard implements Interceptor {
  static final String MAX = String.valueOf(Integer.MAX_VALUE);

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    Long seconds = RetryAfter.seconds(response.header("Retry-After"));
    if (seconds == null) {
      return response;
    }
    if (seconds > Integer.MAX_VALUE) {
      return response.newBuilder().header("Retry-After", MAX).build();
    }
    if (response.code() == 503 && seconds == 0) {
      return response.newBuilder().header("Retry-After", "1").build();
    }
    return response;
  }
}
