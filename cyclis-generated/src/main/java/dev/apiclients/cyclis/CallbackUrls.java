package dev.apiclients.cyclis;

import dev.apiclients.cyclis.api.CallbacksApi;
import dev.apiclients.cyclis.model.CallbackRegistration;
import dev.apiclients.cyclis.model.CallbackRegistrationAttributes;
import dev.apiclients.cyclis.model.CallbackRegistrationRequest;
import dev.apiclients.cyclis.model.CallbackType;
import dev.apiclients.cyclis.model.RegisteredCallbackDocument;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.codegen.Calls;
import dev.apiclients.runtime.codegen.SecureUrls;
import java.net.URI;

/**
 * The one callback URL Cyclis calls, changed the way Cyclis prescribes: only one URL can be active,
 * and it must be cleared with a DELETE before a new one is registered, or callbacks are lost.
 *
 * <pre>{@code
 * String secret = CyclisCallbacks.newSecret();   // keep it where your receiver reads it
 * cyclis.callbackUrls().replace(URI.create("https://hooks.example.com/cyclis/" + secret));
 * }</pre>
 *
 * <p>It is built on the low-level {@link CallbacksApi} ({@code cyclis.calls().callbacks()}), which stays
 * available for a single {@code registerCallback} or {@code deleteCallback}.
 */
public final class CallbackUrls {
  private final CallbacksApi api;

  CallbackUrls(CallbacksApi api) {
    this.api = api;
  }

  /**
   * Makes {@code url} the callback URL: clears the active one ({@code DELETE /callback}), then
   * registers {@code url} ({@code POST /callback}). The URL is checked before anything is sent, so
   * a bad argument never leaves the old URL cleared.
   *
   * <p>If the DELETE fails, its exception is thrown and nothing was registered: the old URL may still
   * be active. <b>If the DELETE succeeds and the registration fails</b> (an error answer, a timeout, a
   * dropped connection), the registration's exception is thrown and <b>no callback URL is active</b>:
   * Cyclis sends no callbacks until a registration succeeds, so the caller must call {@code replace}
   * again. The registration is a POST and is never retried automatically (after a timeout Cyclis may
   * have registered it); calling {@code replace} again is always safe, because its DELETE clears
   * whatever the failed attempt left.
   *
   * <p>Assumption: a DELETE answered 404 means no URL was active, and the registration goes ahead.
   *
   * @param url the absolute {@code https} URL Cyclis should call (plain {@code http} only to
   *     {@code localhost}, {@code 127.x.y.z} or {@code ::1}, for tests): it carries the secret
   * @return the registration Cyclis answered with
   * @throws IllegalArgumentException if {@code url} is null, not absolute or not https (loopback
   *     aside), in a message that does not repeat it; nothing was sent
   * @throws ApiException if a step fails, as described above
   */
  public RegisteredCallbackDocument replace(URI url) throws ApiException {
    CallbackRegistrationRequest registration = registration(url);
    clear();
    return Calls.execute(api.registerCallback(registration));
  }

  /**
   * Clears the active callback URL ({@code DELETE /callback}); Cyclis then sends no callbacks. A
   * DELETE is idempotent and retried per the client's retry policy; a 404 counts as cleared.
   *
   * @throws ApiException when Cyclis answers with another error or cannot be reached; the URL may
   *     then still be active
   */
  public void clear() throws ApiException {
    try {
      Calls.execute(api.deleteCallback());
    } catch (ApiHttpException.NotFoundException alreadyClear) {
      // Assumption of the spec: nothing was active. The goal, no active URL, is met either way.
    }
  }

  private static CallbackRegistrationRequest registration(URI url) {
    if (url == null) {
      throw new IllegalArgumentException("url is required; nothing was sent");
    }
    if (!SecureUrls.isHttpsOrLoopback(url)) {
      // Not echoed: the URL carries the callback secret. Checked here too, before the DELETE.
      throw new IllegalArgumentException("url " + CallbackUrlRule.REQUIREMENT);
    }
    return new CallbackRegistrationRequest().data(new CallbackRegistration()
        .type(CallbackType.ORDER_CALLBACK)
        .attributes(new CallbackRegistrationAttributes().url(url)));
  }
}
