package dev.apiclients.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A file of one run's summary lines: the first line a run writes replaces whatever an earlier run
 * left (a {@code verify} without {@code clean} keeps {@code target/}), the later ones are appended.
 */
final class RunSummary {
  private final Path file;
  private boolean started;

  RunSummary(Path file) {
    this.file = file;
  }

  /** Writes {@code line} to the file: the run's first line starts it afresh. */
  synchronized void add(String line) {
    StandardOpenOption mode = started ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
    try {
      Files.write(file, List.of(line), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, mode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    started = true;
  }
}
