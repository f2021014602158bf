package dev.handback.bench.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the benchmark's generated modules' source files. */
final class JavaSources {
  private JavaSources() {}

  /** Writes {@code source} as {@code pkg.name} under the source directory {@code root}. */
  static Path write(Path root, String pkg, String name, String source) {
    Path file = root.resolve(pkg.replace('.', '/')).resolve(name + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
