package dev.apiclients.cyclis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.apiclients.runtime.testing.ModelNameClashes;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class CyclisModelNamesTest {
  @Test
  void noModelIsNamedLikeARetrofitOkHttpMoshiOrJdkType() {
    assertEquals(Collections.emptyList(), ModelNameClashes.in("dev.apiclients.cyclis.model"));
  }
}
