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
    String value = response.header("Retry-After");
    if (value == null) {
      return response;
    }
    if (isSecondsBeyondInt(value.trim())) {
      return response.newBuilder().header("Retry-After", MAX).build();
    }
    if (response.code() == 503 && isZeroSeconds(value.trim())) {
      return response.newBuilder().header("Retry-After", "1").build();
    }
    return response;
  }

  private static boolean isZeroSeconds(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  private static boolean isSecondsBeyondInt(String value) {
    if (value.isEmpty() || value.length() < MAX.length()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return value.length() > MAX.length() || value.compareTo(MAX) > 0;
  }
}
