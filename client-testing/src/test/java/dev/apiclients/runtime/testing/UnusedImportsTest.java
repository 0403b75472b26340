package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class UnusedImportsTest {
  @Test
  void anImportWhoseNameAppearsOnlyInAPlainCommentOrAnotherWordIsUnused() {
    String source = String.join("\n",
        "package p;",
        "",
        "import java.util.List;",
        "import java.util.Map;",
        "import okhttp3.ResponseBody;",
        "",
        "/** Mentions Map in prose only; see ResponseBodyReader. */",
        "class A {",
        "  // List is not used either",
        "  java.util.List<String> names;",
        "}");

    assertEquals(Arrays.asList("java.util.List", "java.util.Map", "okhttp3.ResponseBody"), UnusedImports.in(source));
  }

  @Test
  void codeAndJavadocReferencesCountAsUses() {
    String source = String.join("\n",
        "package p;",
        "",
        "import java.util.List;",
        "import java.util.UUID;",
        "import java.io.IOException;",
        "import static java.util.Objects.requireNonNull;",
        "",
        "/** Returns a {@link List}. @throws IOException never */",
        "class A {",
        "  UUID id = requireNonNull(null);",
        "}");

    assertEquals(Collections.emptyList(), UnusedImports.in(source));
  }
}
