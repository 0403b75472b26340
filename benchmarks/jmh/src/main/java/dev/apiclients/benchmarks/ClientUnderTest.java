package dev.apiclients.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A client as an application gets it, read from the {@code target} folder of its benchmarks
 * module ({@code ours-client}, or a peer's such as {@code stock-client}): the module's jar plus the runtime classpath
 * Maven resolved for it ({@code runtime-classpath.txt}), and the class that makes its first call.
 */
final class ClientUnderTest {
  final Variant variant;
  final String firstCallClass;
  /** The module's own jar: a peer's generated code, or only our first-call class. */
  final Path moduleJar;
  /** The runtime dependencies, in Maven's order. */
  final List<Path> dependencies;

  private ClientUnderTest(Variant variant, String firstCallClass, Path moduleJar, List<Path> dependencies) {
    this.variant = variant;
    this.firstCallClass = firstCallClass;
    this.moduleJar = moduleJar;
    this.dependencies = dependencies;
  }

  /** The client of a variant, from its module's target folder. */
  static ClientUnderTest of(Variant variant, Path targetDir) {
    switch (variant) {
      case OURS:
        return read(variant, "dev.apiclients.benchmarks.ours.OursFirstCall", targetDir);
      case OKHTTP_GSON:
        return read(variant, "dev.apiclients.benchmarks.stockclient.StockFirstCall", targetDir);
      case NATIVE_JACKSON:
        return read(variant, "dev.apiclients.benchmarks.nativeclient.NativeFirstCall", targetDir);
      case RETROFIT2_GSON:
        return read(variant, "dev.apiclients.benchmarks.retrofit2client.Retrofit2FirstCall", targetDir);
      default:
        throw new IllegalArgumentException(variant + " is not a client");
    }
  }

  String name() {
    return variant.label;
  }

  private static ClientUnderTest read(Variant variant, String firstCallClass, Path targetDir) {
    try {
      String classpath = new String(
          Files.readAllBytes(targetDir.resolve("runtime-classpath.txt")), StandardCharsets.UTF_8).trim();
      List<Path> dependencies = new ArrayList<>();
      for (String entry : classpath.split(java.io.File.pathSeparator)) {
        if (!entry.isEmpty()) {
          dependencies.add(Paths.get(entry));
        }
      }
      Path moduleJar;
      try (Stream<Path> files = Files.list(targetDir)) {
        moduleJar = files.filter(f -> f.toString().endsWith("-SNAPSHOT.jar")).findFirst()
            .orElseThrow(() -> new IllegalStateException("No module jar in " + targetDir + ": build it first"));
      }
      return new ClientUnderTest(variant, firstCallClass, moduleJar, dependencies);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the " + variant.label + " client's classpath in " + targetDir
          + " (build its benchmarks module first)", e);
    }
  }

  /** The classpath of a first-call process: the module jar, then the dependencies. */
  String classpath() {
    StringBuilder classpath = new StringBuilder(moduleJar.toString());
    for (Path dependency : dependencies) {
      classpath.append(java.io.File.pathSeparatorChar).append(dependency);
    }
    return classpath.toString();
  }
}
