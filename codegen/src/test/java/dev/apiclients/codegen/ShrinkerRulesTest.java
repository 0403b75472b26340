package dev.apiclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShrinkerRulesTest {
  @TempDir Path sources;

  private void write(String path, String content) throws Exception {
    Path file = sources.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @Test
  void keepsModelsFieldsAndOpenEnumsByName() throws Exception {
    write("dev/x/model/Order.java", "public final class Order {\n  public static final class State extends"
        + " dev.apiclients.runtime.OpenEnum {}\n}\n");
    write("dev/x/model/Colour.java", "public final class Colour extends dev.apiclients.runtime.OpenEnum {\n}\n");
    write("dev/x/model/Account.java", "public final class Account {}\n");
    write("dev/x/api/OrdersApi.java", "public interface OrdersApi {}\n");

    assertEquals("# Shrinker rules for x-generated, generated from its models (see the parent POM,\n"
        + "# client-shrinker-rules). client-runtime.pro, in client-runtime's jar, holds the shared ones.\n"
        + "# Models.\n"
        + "-keep class dev.x.model.Account { <init>(); @com.squareup.moshi.Json <fields>; }\n"
        + "-keep class dev.x.model.Order { <init>(); @com.squareup.moshi.Json <fields>; }\n"
        + "# Open enums.\n"
        + "-keep class dev.x.model.Colour\n", ShrinkerRules.of("x-generated", sources));
  }

  @Test
  void noModelsIsAnError() throws Exception {
    write("dev/x/api/OrdersApi.java", "public interface OrdersApi {}\n");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ShrinkerRules.of("x-generated", sources));
    assertEquals("No generated models under " + sources + ": no shrinker rules to write", e.getMessage());
  }
}
