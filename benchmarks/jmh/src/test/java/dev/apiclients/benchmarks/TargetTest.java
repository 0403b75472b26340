package dev.apiclients.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetTest {
  @Test
  void belowIsStrict() {
    assertTrue(Target.below("r", 0.99, 1.0).met());
    assertFalse(Target.below("r", 1.0, 1.0).met());
    assertTrue(Target.atMost("r", 1.0, 1.0).met());
  }

  @Test
  void aMissedTargetSaysByHowMuchOfItsBound() {
    assertEquals("20%", Target.atLeast("r", 0.6, 0.75).missedBy());
    assertEquals("", Target.atLeast("r", 0.8, 0.75).missedBy());
  }

  @Test
  void aRatioThatCouldNotBeComputedMeetsNoTarget() {
    Target target = Target.atMost("classpath, ours / smallest peer with Kotlin", Double.NaN, 0.25);

    assertFalse(target.met());
    assertEquals("n/a", target.ratioText());
  }
}
