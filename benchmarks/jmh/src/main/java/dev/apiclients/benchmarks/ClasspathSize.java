package dev.apiclients.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark 4: the bytes a client adds to an application's runtime classpath. For a peer that is
 * its generated jar and its dependencies; ours is {@code cyclis-generated} and its dependencies
 * (the ours-client module's own jar holds only the first-call class and is left out).
 */
final class ClasspathSize {
  final long bytes;
  final List<Path> jars;

  private ClasspathSize(long bytes, List<Path> jars) {
    this.bytes = bytes;
    this.jars = jars;
  }

  static ClasspathSize of(ClientUnderTest client) {
    if (client.variant == Variant.OURS) {
      return of(client.dependencies);
    }
    List<Path> jars = new ArrayList<>();
    jars.add(client.moduleJar);
    jars.addAll(client.dependencies);
    return of(jars);
  }

  /** Whether the Kotlin standard library is among the jars (OkHttp 4 and okio 2+ bring it). */
  boolean bringsKotlin() {
    return jars.stream().anyMatch(jar -> jar.getFileName().toString().startsWith("kotlin-stdlib"));
  }

  private static ClasspathSize of(List<Path> entries) {
    long bytes = 0;
    for (Path entry : entries) {
      bytes += size(entry);
    }
    return new ClasspathSize(bytes, entries);
  }

  /** A jar's size, or a reactor classes folder's total when Maven resolved one instead of a jar. */
  private static long size(Path entry) {
    try {
      if (!Files.isDirectory(entry)) {
        return Files.size(entry);
      }
      try (Stream<Path> files = Files.walk(entry)) {
        return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
