package dev.apiclients.runtime.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Caps a {@code Retry-After} in seconds at {@link Integer#MAX_VALUE} before OkHttp reads it. OkHttp
 * 3.14's own follow-up logic parses the header of a 503 as an {@code int} and throws {@code
 * NumberFormatException} at a larger number, which would reach the caller as an untyped crash. The
 * capped value still asks for a pause of 68 years, which ends the retries just the same.
 */
public final class RetryAfterGuard implements Interceptor {
  static final String MAX = String.valueOf(Integer.MAX_VALUE);

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String value = response.header("Retry-After");
    if (value == null || !isSecondsBeyondInt(value.trim())) {
      return response;
    }
    return response.newBuilder().header("Retry-After", MAX).build();
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
