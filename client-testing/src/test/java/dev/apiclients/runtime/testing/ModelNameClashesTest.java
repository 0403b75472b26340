package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ModelNameClashesTest {
  private static final String FIXTURES = "dev.apiclients.runtime.testing.clashing";

  @Test
  void namesEveryUserTypeAModelShadows() {
    assertEquals(Arrays.asList("Callback: retrofit2.Callback", "Callback: okhttp3.Callback",
        "Duration: java.time.Duration"), ModelNameClashes.in(FIXTURES));
  }

  @Test
  void readsTheTopLevelClassesOfThePackage() {
    assertEquals(Arrays.asList("Bike", "Callback", "Duration"), ModelNameClashes.modelNames(FIXTURES));
  }
}
