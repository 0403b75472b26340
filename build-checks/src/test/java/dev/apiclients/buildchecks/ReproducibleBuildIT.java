package dev.apiclients.buildchecks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two clean builds give byte-identical jars. The execution {@code rebuild} (ReleaseRehearsal) (phase
 * integration-test) builds the published modules a second time from a fresh copy of the sources in
 * {@code target/rebuild}; every jar of that build must equal the one this build made. When one
 * differs, the message names the entries that differ.
 */
class ReproducibleBuildIT {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"client-runtime", "cyclis-spec", "cyclis-generated", "cyclr-spec", "cyclr-generated"})
  void jarsOfTwoCleanBuildsAreByteIdentical(String module) throws Exception {
    Path reactor = Path.of(System.getProperty("reactor.root"), module, "target");
    Path rebuild = Path.of(System.getProperty("rebuild.root"), module, "target");
    String version = System.getProperty("project.version");
    List<String> classifiers = List.of("", "-sources", "-javadoc");

    List<String> problems = new ArrayList<>();
    for (String classifier : classifiers) {
      String name = module + "-" + version + classifier + ".jar";
      Path first = reactor.resolve(name);
      Path second = rebuild.resolve(name);
      assertTrue(Files.isRegularFile(first), first + " was not built");
      assertTrue(Files.isRegularFile(second), second + " was not built by the second build");
      if (!Arrays.equals(sha256(first), sha256(second))) {
        problems.add(name + " differs: " + differingEntries(first, second));
      }
    }
    if (!problems.isEmpty()) {
      fail("Two clean builds gave different jars (run ./mvnw clean verify if this build was not clean):\n  "
          + String.join("\n  ", problems));
    }
  }

  private static List<String> differingEntries(Path first, Path second) throws IOException, NoSuchAlgorithmException {
    Map<String, String> a = entries(first);
    Map<String, String> b = entries(second);
    List<String> differences = new ArrayList<>();
    for (String name : a.keySet()) {
      if (!b.containsKey(name)) {
        differences.add(name + " (only in the first)");
      } else if (!a.get(name).equals(b.get(name))) {
        differences.add(name);
      }
    }
    b.keySet().stream().filter(name -> !a.containsKey(name)).forEach(name -> differences.add(name + " (only in the second)"));
    if (differences.isEmpty()) {
      differences.add("same entries and contents: timestamps, order or compression differ");
    }
    return differences;
  }

  private static Map<String, String> entries(Path jar) throws IOException, NoSuchAlgorithmException {
    Map<String, String> result = new TreeMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : java.util.Collections.list(file.entries())) {
        try (InputStream in = file.getInputStream(entry)) {
          result.put(entry.getName(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
        }
      }
    }
    return result;
  }

  private static byte[] sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
  }
}
