package dev.apiclients.spectooling.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** Every security requirement names a defined scheme, and every operation has security. */
final class OperationSecurityDefined implements LintRule {
  @Override
  public void check(SpecTree spec, Findings findings) {
    Set<String> schemes = new HashSet<>();
    spec.root().path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
    JsonNode global = spec.root().path("security");
    checkRequirements(spec, findings, global, "#/security", schemes);
    boolean globalSecurity = global.isArray() && !global.isEmpty();
    for (SpecTree.Operation op : spec.operations()) {
      if (op.node().has("security")) {
        checkRequirements(spec, findings, op.node().path("security"), op.pointer() + "/security", schemes);
      } else if (!globalSecurity) {
        findings.add(op.pointer(),
            op.label() + " has no security (and there is no global one); say `security: []` if it is open");
      }
    }
  }

  private void checkRequirements(SpecTree spec, Findings findings, JsonNode requirements, String where, Set<String> schemes) {
    for (int i = 0; i < requirements.size(); i++) {
      int index = i;
      requirements.get(i).fieldNames().forEachRemaining(name -> {
        if (!schemes.contains(name)) {
          findings.add(where + "/" + index, "security scheme '" + name + "' is not in components.securitySchemes");
        }
      });
    }
  }
}
