package dev.apiclients.runtime.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The {@link DecodingFuzz} targets as fuzz tests. A client module extends this with its {@code
 * DecodingFuzz}; Jazzer takes the replayed inputs from the subclass's own {@code <Subclass>Inputs}
 * directory, so each client keeps its corpus.
 */
public abstract class DecodingFuzzContract {
  /** The client's fuzz targets; a static one, since Jazzer makes a test instance per input. */
  protected abstract DecodingFuzz fuzz();

  @FuzzTest(maxDuration = "60s")
  void anyBytes(FuzzedDataProvider data) {
    fuzz().anyBytes(data);
  }

  @FuzzTest(maxDuration = "60s")
  void anyValidJson(FuzzedDataProvider data) {
    fuzz().anyValidJson(data);
  }
}
