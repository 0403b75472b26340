package dev.apiclients.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Collections;

/**
 * The Mustache templates both clients are generated with, which this module carries as the resource
 * folder {@code templates/}; the generator reads a copy of them in each generated module's {@code
 * target}. <pre>{@code
 * Templates.copyTo(Paths.get("target/generator-input/templates"));
 * }</pre>
 */
public final class Templates {
  /** The resource folder the templates are in. */
  static final String FOLDER = "templates";
  /** A file every copy of the templates has, by which the folder is found on the class path. */
  static final String MARKER = "generator-files.yaml";

  private Templates() {}

  /** Replaces {@code directory}'s content with the templates (a removed template leaves no copy). */
  public static void copyTo(Path directory) throws IOException {
    FileTrees.delete(directory);
    URL marker = Templates.class.getResource("/" + FOLDER + "/" + MARKER);
    if (marker == null) {
      throw new IllegalStateException("No " + FOLDER + "/" + MARKER + " on the class path of " + Templates.class);
    }
    URI uri;
    try {
      uri = marker.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Collections.emptyMap())) {
        copyTree(jar.getPath("/" + FOLDER), directory);
      }
    } else {
      copyTree(Paths.get(uri).getParent(), directory);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    for (Path file : FileTrees.files(from)) {
      Path target = to.resolve(from.relativize(file).toString());
      Files.createDirectories(target.getParent());
      try (InputStream in = Files.newInputStream(file)) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
