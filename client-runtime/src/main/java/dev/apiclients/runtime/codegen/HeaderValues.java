package dev.apiclients.runtime.codegen;

/** Checks on credentials before they become HTTP header values. */
public final class HeaderValues {
  private HeaderValues() {}

  /**
   * Returns true for non-empty visible ASCII, what an API key or bearer token (RFC 6750 b64token)
   * consists of. Anything else must be refused up front: OkHttp would refuse it later with the whole
   * value, the secret, in its exception message.
   */
  public static boolean isVisibleAscii(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }
}
