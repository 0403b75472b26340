package dev.apiclients.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generator's output folder and the hash of the inputs it was generated from. The generator's
 * own {@code skipIfSpecIsUnchanged} hashes only the spec; when anything else it reads changed
 * (templates, configuration), {@link #keepOrDelete} deletes the folder, its hash with it, so the
 * generator generates afresh and a removed schema leaves no stale class. <pre>{@code
 * boolean kept = new GeneratedSources(output).keepOrDelete(hash);
 * }</pre>
 */
public final class GeneratedSources {
  /** Where the hash of the last generation's inputs is kept, inside the output folder. */
  static final String HASH_FILE = ".openapi-generator/generator-inputs.sha256";

  private final Path output;

  public GeneratedSources(Path output) {
    this.output = output;
  }

  /**
   * Keeps the output if it was generated from inputs hashing to {@code inputsHash} (and returns
   * true); otherwise deletes it, records the new hash (and returns false).
   */
  public boolean keepOrDelete(String inputsHash) throws IOException {
    Path hashFile = output.resolve(HASH_FILE);
    boolean unchanged = Files.isRegularFile(hashFile) && FileTrees.read(hashFile).trim().equals(inputsHash);
    if (!unchanged) {
      FileTrees.delete(output);
      Files.createDirectories(hashFile.getParent());
      Files.write(hashFile, inputsHash.getBytes(StandardCharsets.UTF_8));
    }
    return unchanged;
  }
}
