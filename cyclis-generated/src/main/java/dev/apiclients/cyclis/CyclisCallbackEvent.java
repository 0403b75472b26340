package dev.apiclients.cyclis;

import dev.apiclients.cyclis.model.CompanyAccessAction;
import java.util.Arrays;
import java.util.Objects;

/**
 * A callback Cyclis posted to the registered URL, as {@link CyclisCallbacks#parse(byte[])} read it:
 * an {@link OrderChanged}, a {@link CompanyAccessChanged}, or an {@link Unknown} event that keeps
 * what this version could not type. These three are the only subclasses.
 *
 * <pre>{@code
 * CyclisCallbackEvent event = CyclisCallbacks.parse(body);
 * if (event instanceof CyclisCallbackEvent.OrderChanged) {
 *   String orderId = ((CyclisCallbackEvent.OrderChanged) event).orderId();
 *   Order order = cyclis.orders().getOrder(UUID.fromString(orderId)).getData();
 * } else if (event instanceof CyclisCallbackEvent.CompanyAccessChanged) {
 *   CompanyList companies = cyclis.companies().listCompanies();
 * } else {
 *   log.warn("Callback not understood, kept: " + event.rawJson());
 * }
 * }</pre>
 *
 * <p>Every event is immutable and keeps the body exactly as received ({@link #rawJson()}), so a
 * member Cyclis adds later is never lost.
 */
public abstract class CyclisCallbackEvent {
  private final String rawJson;

  // Package-private: the three nested classes are the whole set, so a chain of instanceof is complete.
  CyclisCallbackEvent(String rawJson) {
    this.rawJson = Objects.requireNonNull(rawJson, "rawJson");
  }

  /**
   * Returns the body exactly as Cyclis sent it (decoded as UTF-8).
   *
   * @return the raw JSON of the callback
   */
  public final String rawJson() {
    return rawJson;
  }

  /** Returns what this kind of event read from the body, beside {@link #rawJson()}: what equality compares. */
  abstract Object[] readValues();

  /** Equal when of the same kind, with the same values read from the same body. */
  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass()
        && ((CyclisCallbackEvent) o).rawJson.equals(rawJson)
        && Arrays.equals(((CyclisCallbackEvent) o).readValues(), readValues());
  }

  @Override
  public final int hashCode() {
    return 31 * rawJson.hashCode() + Arrays.hashCode(readValues());
  }

  /** An order available to the API key changed; fetch it with {@code getOrder} for its new state. */
  public static final class OrderChanged extends CyclisCallbackEvent {
    private final String orderId;

    OrderChanged(String orderId, String rawJson) {
      super(rawJson);
      this.orderId = Objects.requireNonNull(orderId, "orderId");
    }

    /**
     * Returns {@code data.id}: the order's id, its UUID elsewhere in the API ({@code
     * UUID.fromString(orderId)} for {@code getOrder}). Never null or empty.
     *
     * @return the order's id as sent
     */
    public String orderId() {
      return orderId;
    }

    @Override
    Object[] readValues() {
      return new Object[] {orderId};
    }

    @Override
    public String toString() {
      return "OrderChanged{orderId=" + orderId + "}";
    }
  }

  /**
   * A company was added to or removed from the API key; {@code listCompanies} gives the current
   * set.
   */
  public static final class CompanyAccessChanged extends CyclisCallbackEvent {
    private final String companyId;
    private final CompanyAccessAction action;

    CompanyAccessChanged(String companyId, CompanyAccessAction action, String rawJson) {
      super(rawJson);
      this.companyId = Objects.requireNonNull(companyId, "companyId");
      this.action = action;
    }

    /**
     * Returns {@code data.id}: the company's id, its UUID elsewhere in the API. Never null or empty.
     *
     * @return the company's id as sent
     */
    public String companyId() {
      return companyId;
    }

    /**
     * Returns {@code meta.action} ({@link CompanyAccessAction#ADDED}, {@link
     * CompanyAccessAction#REMOVED} or a value this version does not know), or null when the
     * payload does not say: then {@code listCompanies} tells what changed.
     *
     * @return what happened to the company's access, or null
     */
    public CompanyAccessAction action() {
      return action;
    }

    @Override
    Object[] readValues() {
      return new Object[] {companyId, action};
    }

    @Override
    public String toString() {
      return "CompanyAccessChanged{companyId=" + companyId + ", action=" + action + "}";
    }
  }

  /**
   * A well-formed JSON callback this version cannot type: a kind it does not know (a new callback
   * Cyclis added), or a known kind without what a receiver needs (its id). Keep it ({@link
   * #rawJson()}) rather than drop it; {@link #reason()} says why it was not typed.
   */
  public static final class Unknown extends CyclisCallbackEvent {
    private final String kind;
    private final String reason;

    Unknown(String kind, String reason, String rawJson) {
      super(rawJson);
      this.kind = kind;
      this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns {@code data.type} when the body has one as a string (for example {@code order}), else null.
     *
     * @return the callback's kind as sent, or null
     */
    public String kind() {
      return kind;
    }

    /**
     * Returns why the event was not typed, naming the member at fault.
     *
     * @return a sentence naming the member at fault
     */
    public String reason() {
      return reason;
    }

    @Override
    Object[] readValues() {
      return new Object[] {kind, reason};
    }

    @Override
    public String toString() {
      // The body can be large and is the caller's data: its length says enough here.
      return "Unknown{kind=" + kind + ", reason=" + reason + ", rawJson=" + rawJson().length() + " chars}";
    }
  }
}
