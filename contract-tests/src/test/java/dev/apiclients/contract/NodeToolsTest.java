package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeToolsTest {
  @TempDir Path dir;

  @Test
  void installsWhenNothingIsInstalled() throws IOException {
    Path lock = Files.createFile(dir.resolve("package-lock.json"));
    assertTrue(NodeTools.installNeeded(lock, dir.resolve("node_modules/.package-lock.json")));
  }

  @Test
  void installsWhenTheLockFileIsNewer() throws IOException {
    Path lock = Files.createFile(dir.resolve("package-lock.json"));
    Path installed = Files.createFile(dir.resolve(".package-lock.json"));
    Files.setLastModifiedTime(installed, FileTime.fromMillis(1_000_000L));
    Files.setLastModifiedTime(lock, FileTime.fromMillis(2_000_000L));
    assertTrue(NodeTools.installNeeded(lock, installed));
  }

  @Test
  void skipsWhenTheInstallIsNotOlder() throws IOException {
    Path lock = Files.createFile(dir.resolve("package-lock.json"));
    Path installed = Files.createFile(dir.resolve(".package-lock.json"));
    Files.setLastModifiedTime(lock, FileTime.fromMillis(2_000_000L));
    Files.setLastModifiedTime(installed, FileTime.fromMillis(2_000_000L));
    assertFalse(NodeTools.installNeeded(lock, installed));
    Files.setLastModifiedTime(installed, FileTime.fromMillis(3_000_000L));
    assertFalse(NodeTools.installNeeded(lock, installed));
  }
}
