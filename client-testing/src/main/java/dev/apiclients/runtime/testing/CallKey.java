package dev.apiclients.runtime.testing;

import dev.apiclients.runtime.testing.ConcurrentLoad.Scenario;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which call of a {@link PlannedLoad} a request belongs to: its number and its {@link Scenario}.
 * Each request carries its key in whatever field the operation has room for, so that the server
 * knows how to answer it: as text ({@code k42-FLAKY}) in a name, a filter or a body, or as a UUID
 * (scenario in the high bits, number in the low) where the API takes only an ID.
 */
public final class CallKey {
  /** The text form of a key, wherever it stands in a path, a query or a body. */
  public static final Pattern TEXT = Pattern.compile("k(\\d+)-([A-Z_]+)");

  public final int number;
  public final Scenario scenario;

  public CallKey(int number, Scenario scenario) {
    this.number = number;
    this.scenario = scenario;
  }

  /** Returns the text that identifies call {@code number}, for example {@code k42-FLAKY}. */
  public static String key(int number, Scenario scenario) {
    return "k" + number + "-" + scenario.name();
  }

  /** Returns the UUID that identifies call {@code number}, for a path or a query that takes an ID. */
  public static UUID uuid(int number, Scenario scenario) {
    return new UUID(scenario.ordinal(), number);
  }

  /** Returns the key in the form of {@link #uuid}. */
  public static CallKey of(UUID uuid) {
    return new CallKey((int) uuid.getLeastSignificantBits(), Scenario.values()[(int) uuid.getMostSignificantBits()]);
  }

  /** Returns the first key in the form of {@link #key} in {@code text}, or null when there is none. */
  public static CallKey find(String text) {
    Matcher key = TEXT.matcher(text);
    return key.find() ? new CallKey(Integer.parseInt(key.group(1)), Scenario.valueOf(key.group(2))) : null;
  }

  /** Returns the key in the form of {@link #key}. */
  @Override
  public String toString() {
    return key(number, scenario);
  }
}
