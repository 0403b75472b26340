package dev.apiclients.spectooling.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * The operations of a tag are all {@code x-client-internal} or none. The templates give a tag a
 * service accessor on the client unless its first operation is client-internal, so a mixed tag
 * would lose its public operations or show an internal one.
 */
final class ClientInternalTags implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    Map<String, Boolean> internalByTag = new HashMap<>();
    Map<String, String> firstByTag = new HashMap<>();
    for (SpecTree.Operation operation : spec.operations()) {
      boolean internal = operation.node().path("x-client-internal").asBoolean(false);
      operation.node().path("tags").forEach(tagNode -> {
        String tag = tagNode.asText();
        Boolean before = internalByTag.putIfAbsent(tag, internal);
        firstByTag.putIfAbsent(tag, operation.label());
        if (before != null && before != internal) {
          findings.add(operation.pointer(), operation.label() + (internal ? " is" : " is not")
              + " x-client-internal but " + firstByTag.get(tag) + " of the same tag '" + tag
              + (internal ? "' is not" : "' is") + ": give it a tag of its own");
        }
      });
    }
  }
}
