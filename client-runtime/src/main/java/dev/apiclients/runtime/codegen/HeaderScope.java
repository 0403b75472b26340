package dev.apiclients.runtime.codegen;

/**
 * The header value a client view sends on the operations that act inside its scope, if any
 * (Cyclr's {@code X-Cyclr-Account}). Those operations' Retrofit methods carry {@link
 * ScopedOperation}, and the view's transport sends the header on them only. Generated services use
 * this to refuse, before sending, an operation that the spec marks as acting inside the scope when
 * the view has none, or when an argument names another scope.
 */
public final class HeaderScope {
  private final String header;
  private final String value;
  private final String howToScope;

  private HeaderScope(String header, String value, String howToScope) {
    this.header = header;
    this.value = value;
    this.howToScope = howToScope;
  }

  /** A view that sends no scope header; {@code howToScope} tells the caller how to get one. */
  public static HeaderScope none(String header, String howToScope) {
    return new HeaderScope(header, null, howToScope);
  }

  /** A view that sends {@code header: value} on its {@link ScopedOperation}s, and on nothing else. */
  public static HeaderScope of(String header, String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    return new HeaderScope(header, value, null);
  }

  /** A client without scoped operations. */
  public static HeaderScope unused() {
    return new HeaderScope(null, null, null);
  }

  /**
   * Returns the value sent in the header, or null when this view sends none.
   *
   * @return the value sent in the header, or null when this view sends none
   */
  public String value() {
    return value;
  }

  /**
   * Returns the scope value, or throws when this view has none.
   *
   * @return the scope value, or throws when this view has none
   */
  public String require(String operationId) {
    if (value == null) {
      throw new IllegalStateException(operationId + " acts inside one account and needs the " + header
          + " header, which this view does not send: " + howToScope + "; nothing was sent");
    }
    return value;
  }

  /**
   * Checks that an argument naming the scope ({@code what}, for example the body's {@code
   * AccountId}) names this view's; a null argument is left to the required-field checks.
   */
  public void requireSame(String operationId, String what, String argument) {
    String scope = require(operationId);
    if (argument != null && !argument.equals(scope)) {
      throw new IllegalArgumentException(operationId + ": " + what + " is \"" + argument
          + "\" but this view sends " + header + ": \"" + scope + "\"; nothing was sent");
    }
  }

  @Override
  public String toString() {
    return value == null ? "HeaderScope{none}" : "HeaderScope{" + header + "=" + value + "}";
  }
}
