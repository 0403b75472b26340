package dev.apiclients.cyclis;

import dev.apiclients.cyclis.model.CallbackRegistration;
import dev.apiclients.cyclis.model.CallbackRegistrationAttributes;
import dev.apiclients.cyclis.model.CallbackRegistrationRequest;
import dev.apiclients.runtime.RequestRule;
import dev.apiclients.runtime.codegen.SecureUrls;
import java.net.URI;

/**
 * Refuses a {@link CallbackRegistrationRequest} whose URL would carry the callback secret in the
 * clear: it must be {@code https}, or plain {@code http} to loopback for tests. The refusal does
 * not repeat the URL, which holds the secret. The spec's {@code format: uri} cannot say this, so the
 * client checks it here, in every layer ({@code callbacks()}, {@code async()}, {@code calls()}).
 */
final class CallbackUrlRule implements RequestRule {
  /** What a callback URL must be, in the words of every refusal; names no URL. */
  static final String REQUIREMENT =
      "must be an absolute https URL (http only to localhost, 127.x.y.z or ::1); nothing was sent";

  @Override
  public void check(Object body) {
    if (!(body instanceof CallbackRegistrationRequest)) {
      return;
    }
    CallbackRegistration data = ((CallbackRegistrationRequest) body).getData();
    CallbackRegistrationAttributes attributes = data == null ? null : data.getAttributes();
    URI url = attributes == null ? null : attributes.getUrl();
    if (url != null && !SecureUrls.isHttpsOrLoopback(url)) {
      throw new IllegalArgumentException("CallbackRegistrationRequest data.attributes.url " + REQUIREMENT);
    }
  }
}
