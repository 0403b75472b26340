package dev.apiclients.cyclr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.apiclients.runtime.testing.ModelNameClashes;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class CyclrModelNamesTest {
  @Test
  void noModelIsNamedLikeARetrofitOkHttpMoshiOrJdkType() {
    assertEquals(Collections.emptyList(), ModelNameClashes.in("dev.apiclients.cyclr.model"));
  }
}
