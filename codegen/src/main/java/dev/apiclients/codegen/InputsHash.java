package dev.apiclients.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One SHA-256 over everything the generator reads: files, folders (each file's path relative to the
 * folder and its bytes) and strings, each named and length-prefixed so that no two different sets
 * of inputs hash alike. <pre>{@code
 * String hash = new InputsHash().file("spec", spec).folder("templates", templates).hex();
 * }</pre>
 */
public final class InputsHash {
  private final MessageDigest digest;

  public InputsHash() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds {@code file}'s bytes under {@code name}. */
  public InputsHash file(String name, Path file) throws IOException {
    return bytes(name, Files.readAllBytes(file));
  }

  /** Adds every file under {@code directory}: its relative path, then its bytes. */
  public InputsHash folder(String name, Path directory) throws IOException {
    for (Path file : FileTrees.files(directory)) {
      String relative = directory.relativize(file).toString().replace('\\', '/');
      file(name + "/" + relative, file);
    }
    return this;
  }

  /** Adds {@code value} under {@code name}. */
  public InputsHash string(String name, String value) {
    return bytes(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private InputsHash bytes(String name, byte[] bytes) {
    byte[] label = name.getBytes(StandardCharsets.UTF_8);
    digest.update(lengthOf(label.length));
    digest.update(label);
    digest.update(lengthOf(bytes.length));
    digest.update(bytes);
    return this;
  }

  private static byte[] lengthOf(int length) {
    return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
  }

  /** The hash, in lower-case hex. */
  public String hex() {
    StringBuilder hex = new StringBuilder();
    for (byte b : digest.digest()) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
