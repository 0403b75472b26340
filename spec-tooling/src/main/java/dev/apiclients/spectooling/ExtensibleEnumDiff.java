package dev.apiclients.spectooling;

import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.compare.ExtensionDiff;
import org.openapitools.openapidiff.core.compare.OpenApiDiff;
import org.openapitools.openapidiff.core.model.Change;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.DiffContext;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * Teaches openapi-diff (through its {@code ExtensionDiff} service) what a change to an
 * {@code x-extensible-enum} means. The set is open: clients must accept values they do not know, so
 * in a response adding or removing a value is compatible. In a request a removed value is breaking:
 * a client that sends it may now be refused. Adding a value is always compatible.
 */
public final class ExtensibleEnumDiff implements ExtensionDiff {
  @Override
  public ExtensionDiff setOpenApiDiff(OpenApiDiff openApiDiff) {
    return this;
  }

  @Override
  public String getName() {
    return "extensible-enum";
  }

  @Override
  public Changed diff(Change<?> change, DiffContext context) {
    return new Values(values(change.getOldValue()), values(change.getNewValue()), change.getType(), context);
  }

  private static List<Object> values(Object value) {
    List<Object> result = new ArrayList<>();
    if (value instanceof Iterable<?> iterable) {
      iterable.forEach(result::add);
    }
    return result;
  }

  /** The change of one {@code x-extensible-enum}: which values were added and removed. */
  public static final class Values implements Changed {
    private final List<Object> added = new ArrayList<>();
    private final List<Object> removed = new ArrayList<>();
    private final Change.Type type;
    private final DiffContext context;

    Values(List<Object> oldValues, List<Object> newValues, Change.Type type, DiffContext context) {
      this.type = type;
      this.context = context;
      if (type == Change.Type.CHANGED) {
        newValues.stream().filter(v -> !oldValues.contains(v)).forEach(added::add);
        oldValues.stream().filter(v -> !newValues.contains(v)).forEach(removed::add);
      }
    }

    @Override
    public DiffResult isChanged() {
      if (type != Change.Type.CHANGED) {
        return DiffResult.COMPATIBLE; // The whole constraint came or went: the set stays open either way.
      }
      if (added.isEmpty() && removed.isEmpty()) {
        return DiffResult.NO_CHANGES;
      }
      return isRequest() && !removed.isEmpty() ? DiffResult.INCOMPATIBLE : DiffResult.COMPATIBLE;
    }

    boolean isRequest() {
      return context != null && context.isRequest();
    }

    public List<Object> added() {
      return added;
    }

    public List<Object> removed() {
      return removed;
    }

    public Change.Type type() {
      return type;
    }
  }
}
