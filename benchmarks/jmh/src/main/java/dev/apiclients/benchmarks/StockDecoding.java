package dev.apiclients.benchmarks;

import dev.apiclients.benchmarks.stock.JSON;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * The stock okhttp-gson client's response decoding, on its own: its {@code ApiClient} reads the body
 * as a string and hands it to {@code JSON.deserialize} (gson, plus the generated validation of each
 * model).
 */
final class StockDecoding<T> {
  private final Type type;

  StockDecoding(Class<T> type) {
    this.type = type;
  }

  T decode(byte[] body) {
    return JSON.deserialize(new String(body, StandardCharsets.UTF_8), type);
  }
}
