package dev.handback.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/** Writes build outputs only when their content changes, so unchanged inputs keep their mtime. */
public final class OutputFiles {
  private OutputFiles() {}

  /**
   * Writes {@code content} to {@code file} unless it already holds exactly that.
   *
   * @return whether the file was written
   */
  public static boolean writeIfChanged(Path file, byte[] content) {
    try {
      if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
        return false;
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".handback", ".tmp");
      Files.write(temporary, content);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
