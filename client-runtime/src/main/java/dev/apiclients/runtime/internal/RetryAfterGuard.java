package dev.apiclients.runtime.internal;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Hides a 503's {@code Retry-After} from OkHttp 3.14's own follow-up logic, which mishandles it,
 * and shows it again to everything above:
 *
 * <ul>
 *   <li>{@code 0}: OkHttp would resend the request itself, whatever its method, so a POST or the
 *       non-idempotent Cyclis order PATCH would be sent twice;
 *   <li>seconds beyond {@link Integer#MAX_VALUE}: OkHttp parses the value as an {@code int} and
 *       throws {@code NumberFormatException}, an untyped crash.
 * </ul>
 *
 * <p>{@link #network()} renames the header on the way out of the network layer, below OkHttp's
 * follow-up logic; {@link #application()} restores it above. The retry layer ({@code RetryingCall})
 * and {@code ApiHttpException.retryAfter()} therefore read the server's own value, unchanged. Only
 * 503s are touched: OkHttp reads {@code Retry-After} of no other status.
 */
public final class RetryAfterGuard {
  static final String HIDDEN = "X-Apiclients-Hidden-Retry-After";

  private RetryAfterGuard() {}

  /** Added as a network interceptor, before any that should see the server's headers unchanged. */
  public static Interceptor network() {
    return chain -> {
      Response response = chain.proceed(chain.request());
      if (response.code() != 503 || response.header("Retry-After") == null) {
        return response;
      }
      return move(response, "Retry-After", HIDDEN);
    };
  }

  /** Added as an application interceptor. */
  public static Interceptor application() {
    return chain -> {
      Response response = chain.proceed(chain.request());
      return response.header(HIDDEN) == null ? response : move(response, HIDDEN, "Retry-After");
    };
  }

  private static Response move(Response response, String from, String to) {
    Response.Builder moved = response.newBuilder().removeHeader(from).removeHeader(to);
    for (String value : response.headers(from)) {
      moved.addHeader(to, value);
    }
    return moved.build();
  }
}
