package dev.apiclients.runtime;

/**
 * A check on a request body that the spec's {@code required} lists cannot express (for example
 * "an API key, or a username and a password, but not both"). It runs before anything is sent.
 */
public interface RequestRule {
  /** Accepts every body. */
  RequestRule NONE = body -> {};

  /**
   * Throws {@link IllegalArgumentException} with a message naming the offending fields when {@code
   * body} must not be sent.
   */
  void check(Object body);
}
