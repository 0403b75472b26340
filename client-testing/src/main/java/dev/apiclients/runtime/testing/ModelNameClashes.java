package dev.apiclients.runtime.testing;

import java.io.File;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds generated model classes whose simple name is also a public class in a package a user imports
 * beside them (Retrofit's, OkHttp's, Moshi's, the JDK's common ones): {@code Callback} next to
 * {@code retrofit2.Callback} forces one of them to be written out in full.
 */
public final class ModelNameClashes {
  /** The packages whose types meet the models in a user's imports. */
  public static final List<String> USER_PACKAGES = Arrays.asList("retrofit2", "okhttp3", "com.squareup.moshi",
      "java.lang", "java.util", "java.util.concurrent", "java.time", "java.io", "java.net", "java.math", "java.nio");

  private ModelNameClashes() {}

  /**
   * Returns one line per clash, {@code Callback: retrofit2.Callback}, for the model classes compiled
   * into {@code modelPackage} (a folder on the test classpath); empty when there is none.
   */
  public static List<String> in(String modelPackage) {
    List<String> clashes = new ArrayList<>();
    for (String model : modelNames(modelPackage)) {
      for (String userPackage : USER_PACKAGES) {
        try {
          Class<?> other = Class.forName(userPackage + "." + model, false, ModelNameClashes.class.getClassLoader());
          if (Modifier.isPublic(other.getModifiers())) {
            clashes.add(model + ": " + other.getName());
          }
        } catch (ClassNotFoundException noClash) {
          // The usual case.
        }
      }
    }
    return clashes;
  }

  /** The top-level classes of a package compiled into a folder; at least one, or the lookup is wrong. */
  static List<String> modelNames(String modelPackage) {
    URL folder = ModelNameClashes.class.getClassLoader().getResource(modelPackage.replace('.', '/'));
    if (folder == null || !"file".equals(folder.getProtocol())) {
      throw new IllegalStateException("no class folder for " + modelPackage + " on the test classpath: " + folder);
    }
    List<String> names = new ArrayList<>();
    try {
      String[] files = new File(folder.toURI()).list();
      for (String file : files == null ? new String[0] : files) {
        if (file.endsWith(".class") && !file.contains("$")) {
          names.add(file.substring(0, file.length() - ".class".length()));
        }
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("no classes in " + folder);
    }
    names.sort(null);
    return names;
  }
}
