package dev.apiclients.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of the report: our client, a peer (what openapi-generator makes from the same spec
 * with its own templates, one per library a user would pick instead), or the limit. The key is
 * the JMH method's name, so a result's key is "DecodeBenchmark.nativeJackson".
 */
enum Variant {
  OURS("ours", "ours"),
  OKHTTP_GSON("okhttpGson", "okhttp-gson"),
  NATIVE_JACKSON("nativeJackson", "native (Jackson)"),
  RETROFIT2_GSON("retrofit2Gson", "retrofit2 (gson)"),
  LIMIT("limit", "limit");

  final String key;
  final String label;

  Variant(String key, String label) {
    this.key = key;
    this.label = label;
  }

  boolean isPeer() {
    return this != OURS && this != LIMIT;
  }

  /** Ours and the peers: the clients that have a cold start and a classpath. */
  boolean isClient() {
    return this != LIMIT;
  }

  static List<Variant> peers() {
    List<Variant> peers = new ArrayList<>();
    for (Variant variant : values()) {
      if (variant.isPeer()) {
        peers.add(variant);
      }
    }
    return peers;
  }
}
