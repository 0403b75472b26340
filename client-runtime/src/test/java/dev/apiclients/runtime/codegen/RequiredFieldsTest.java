package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.squareup.moshi.Json;
import dev.apiclients.runtime.Required;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredFieldsTest {
  static final class Leaf {
    @Json(name = "first_name") @Required String firstName;
    @Json(name = "nickname") String nickname;
  }

  static final class Root {
    @Json(name = "data") @Required List<Leaf> data;
  }

  private static Leaf leaf(String firstName) {
    Leaf leaf = new Leaf();
    leaf.firstName = firstName;
    return leaf;
  }

  @Test
  void presentFieldsPass() {
    Root root = new Root();
    root.data = Arrays.asList(leaf("a"), leaf("b"));

    assertNull(RequiredFields.firstMissing(root));
  }

  @Test
  void missingTopLevelFieldIsNamed() {
    assertEquals("data", RequiredFields.firstMissing(new Root()));
  }

  @Test
  void missingNestedFieldIsNamedWithItsJsonPath() {
    Root root = new Root();
    root.data = Arrays.asList(leaf("a"), leaf(null));

    assertEquals("data[1].first_name", RequiredFields.firstMissing(root));
  }
}
