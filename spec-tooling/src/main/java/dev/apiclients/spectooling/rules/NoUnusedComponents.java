package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apiclients.spectooling.SpecLinter;
import java.util.Set;

/** Every component is referenced, or says with {@code x-unreferenced-reason} why it stays. */
final class NoUnusedComponents implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    Set<String> refs = spec.refs();
    for (Components.Component component : Components.of(spec)) {
      String pointer = component.pointer();
      boolean referenced = refs.stream().anyMatch(ref -> ref.equals(pointer) || ref.startsWith(pointer + "/"));
      JsonNode reason = component.node().get(SpecLinter.UNREFERENCED_REASON);
      if (reason != null && (!reason.isTextual() || reason.asText().isBlank())) {
        findings.add(pointer, SpecLinter.UNREFERENCED_REASON + " must be a sentence saying why");
      } else if (referenced && reason != null) {
        findings.add(pointer, "is referenced, so its " + SpecLinter.UNREFERENCED_REASON + " is stale: remove it");
      } else if (!referenced && reason == null) {
        findings.add(pointer, "is never referenced: reference it, remove it, or say "
            + "why it stays with " + SpecLinter.UNREFERENCED_REASON + ": <why>");
      }
    }
  }
}
