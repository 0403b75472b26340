package dev.apiclients.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values a client decoded from a {@code listOrders} answer, read the same way from every
 * client's models (their getters have the same names, since all are generated from one spec), so
 * that a peer is timed only after it is shown to decode the same orders to the same values as
 * ours. Every field of an order is compared: id, type, each attribute, and both relationships.
 *
 * <p>Values are compared as decoded, with two readings that the models' types force: an enum (or
 * our open enum) by its wire value, and a decimal by its numeric value ({@code 12.50} equals
 * {@code 12.5}). Dates compare with {@code OffsetDateTime.equals}: the same instant and offset.
 */
final class DecodedOrders {
  static final List<String> FIELDS = Arrays.asList(
      "id", "type",
      "attributes.name", "attributes.bikeName", "attributes.bikeBrand", "attributes.bikeModel",
      "attributes.bikeType", "attributes.bikeFrameType", "attributes.bikeSize", "attributes.bikeColor",
      "attributes.bikeOrderState", "attributes.state", "attributes.insurance", "attributes.maintenance",
      "attributes.assistance", "attributes.leaseCost", "attributes.leaseDuration", "attributes.maintenanceBudget",
      "attributes.startLeaseDate", "attributes.endLeaseDate", "attributes.costCenter", "attributes.employeeId",
      "attributes.createTimestamp",
      "relationships.cyclist.data.type", "relationships.cyclist.data.id",
      "relationships.company.data.type", "relationships.company.data.id");

  private DecodedOrders() {}

  /** One row of values per order, in {@link #FIELDS} order, from any client's decoded order list. */
  static List<List<Object>> rows(Object orderList) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object order : (List<?>) read(orderList, "data")) {
      List<Object> row = new ArrayList<>(FIELDS.size());
      for (String field : FIELDS) {
        row.add(read(order, field));
      }
      rows.add(row);
    }
    return rows;
  }

  /** Fails, naming the first difference, unless the peer decoded the same orders as ours. */
  static void requireSame(String peer, List<List<Object>> ours, List<List<Object>> theirs) {
    if (ours.size() != theirs.size()) {
      throw new IllegalStateException(peer + " decoded " + theirs.size() + " orders, ours " + ours.size());
    }
    for (int i = 0; i < ours.size(); i++) {
      for (int f = 0; f < FIELDS.size(); f++) {
        Object expected = ours.get(i).get(f);
        Object actual = theirs.get(i).get(f);
        if (expected == null ? actual != null : !expected.equals(actual)) {
          throw new IllegalStateException(peer + " decoded order " + i + "'s " + FIELDS.get(f) + " as " + actual
              + ", ours as " + expected + ": the benchmark would not compare like with like");
        }
      }
    }
  }

  private static Object read(Object model, String path) {
    Object value = model;
    for (String property : path.split("\\.")) {
      if (value == null) {
        return null;
      }
      value = call(value, "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1));
    }
    return normalized(value);
  }

  private static Object normalized(Object value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).stripTrailingZeros();
    }
    if (value == null || value.getClass().getName().startsWith("java.")) {
      return value;
    }
    // A generated enum: ours has value(), openapi-generator's have getValue().
    for (String accessor : Arrays.asList("value", "getValue")) {
      try {
        return String.valueOf(value.getClass().getMethod(accessor).invoke(value));
      } catch (NoSuchMethodException e) {
        // try the other accessor
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + value.getClass().getName() + "." + accessor + "()", e);
      }
    }
    throw new IllegalStateException("No wire value for " + value.getClass().getName() + ": compare its fields instead");
  }

  private static Object call(Object target, String getter) {
    try {
      Method method = target.getClass().getMethod(getter);
      return method.invoke(target);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(target.getClass().getName() + " has no " + getter + "()", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(target.getClass().getName() + "." + getter + "() failed", e.getCause());
    }
  }
}
