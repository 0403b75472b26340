package dev.apiclients.cyclr;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends each call with {@code Authorization: Bearer {token}} from {@link OAuthTokens}. When Cyclr
 * answers 401 the token may have been revoked or expired early, so the call is sent once more with
 * a new token; a second 401 goes back to the caller.
 */
final class OAuthInterceptor implements Interceptor {
  private final OAuthTokens tokens;

  OAuthInterceptor(OAuthTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String token = tokens.token();
    Response response = chain.proceed(withBearer(chain.request(), token));
    if (response.code() != 401) {
      return response;
    }
    // Safe for POST too: a request refused for its credentials was not acted on.
    response.close();
    tokens.invalidate(token);
    return chain.proceed(withBearer(chain.request(), tokens.token()));
  }

  static Request withBearer(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }

  @Override
  public String toString() {
    return "OAuthInterceptor{" + tokens + '}';
  }
}
