package dev.apiclients.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value from a set that the provider may extend: the base of every generated enum type.
 *
 * <p>Java enums fail on a value they do not know, which would break a deployed client the day the
 * provider adds one. Generated types extend this class instead: known values are constants, and an
 * unknown value decodes to an instance that keeps it.
 *
 * <p>Each generated type also has {@code known()}: the value as a nested Java {@code enum Known},
 * with {@code _UNKNOWN} for a value this version does not know, for {@code switch}.
 *
 * <pre>{@code
 * OrderState state = order.getAttributes().getState();
 * switch (state.known()) {
 *   case QUOTE:    approve(order); break;
 *   case _UNKNOWN: log("new state " + state.value()); break;
 *   default:       break;
 * }
 * }</pre>
 */
public abstract class OpenEnum {
  private final String value;

  protected OpenEnum(String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    this.value = value;
  }

  /** Returns the value exactly as it appears on the wire. */
  public final String value() {
    return value;
  }

  /** Returns true when this value is one of the constants this version of the client declares. */
  public abstract boolean isKnown();

  @Override
  public final boolean equals(Object o) {
    return o == this || (o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value));
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }

  /** Indexes the declared constants of a generated type by wire value. */
  @SafeVarargs
  protected static <T extends OpenEnum> Map<String, T> index(T... constants) {
    Map<String, T> byValue = new LinkedHashMap<>();
    for (T constant : constants) {
      byValue.put(constant.value(), constant);
    }
    return Collections.unmodifiableMap(byValue);
  }
}
