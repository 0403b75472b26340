package dev.apiclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsHashTest {
  @TempDir Path folder;

  @Test
  void sameInputsHashAlike() {
    assertEquals(new InputsHash().string("a", "1").hex(), new InputsHash().string("a", "1").hex());
  }

  @Test
  void movingBytesBetweenNameAndValueChangesTheHash() {
    assertNotEquals(new InputsHash().string("ab", "c").hex(), new InputsHash().string("a", "bc").hex());
  }

  @Test
  void editedTemplateChangesTheHash() throws Exception {
    Files.writeString(folder.resolve("model.mustache"), "one");
    String before = new InputsHash().folder("templates", folder).hex();
    Files.writeString(folder.resolve("model.mustache"), "two");

    assertNotEquals(before, new InputsHash().folder("templates", folder).hex());
  }

  @Test
  void renamedTemplateChangesTheHash() throws Exception {
    Files.writeString(folder.resolve("a.mustache"), "one");
    String before = new InputsHash().folder("templates", folder).hex();
    Files.move(folder.resolve("a.mustache"), folder.resolve("b.mustache"));

    assertNotEquals(before, new InputsHash().folder("templates", folder).hex());
  }
}
