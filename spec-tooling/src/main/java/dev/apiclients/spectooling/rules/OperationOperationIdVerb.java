package dev.apiclients.spectooling.rules;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An {@code operationId} is lowerCamelCase and starts with a verb: it becomes a Java method name. */
final class OperationOperationIdVerb implements LintRule {
  /** The verbs an operationId may start with. */
  static final Set<String> VERBS = Set.of(
      "activate", "add", "approve", "assign", "cancel", "check", "confirm", "copy", "count", "create",
      "deactivate", "delete", "disable", "download", "enable", "export", "fetch", "find", "get",
      "import", "install", "link", "list", "move", "notify", "patch", "post", "put", "refresh",
      "register", "reject", "remove", "replace", "reset", "retrieve", "revoke", "search", "send",
      "set", "sign", "start", "stop", "submit", "uninstall", "unlink", "update", "upload",
      "validate", "verify");
  private static final Pattern LOWER_CAMEL = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
  private static final Pattern LEADING_WORD = Pattern.compile("^[a-z]+");

  @Override
  public void check(SpecTree spec, Findings findings) {
    for (SpecTree.Operation op : spec.operations()) {
      String id = op.node().path("operationId").asText("");
      if (id.isBlank()) {
        continue;
      }
      Matcher word = LEADING_WORD.matcher(id);
      if (!LOWER_CAMEL.matcher(id).matches() || !word.find() || !VERBS.contains(word.group())) {
        findings.add(op.pointer(),
            "operationId '" + id + "' is not lowerCamelCase starting with a verb (list, get, create, ...)");
      }
    }
  }
}
