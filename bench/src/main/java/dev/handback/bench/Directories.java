package dev.handback.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** File-tree chores the benchmarks share. */
public final class Directories {
  private Directories() {}

  /** Deletes {@code root} and everything under it; nothing happens when it does not exist. */
  public static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The files under {@code root}, as paths relative to it with {@code /} between names, in order;
   * empty when {@code root} does not exist.
   */
  public static SortedSet<String> files(Path root) {
    SortedSet<String> files = new TreeSet<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .forEach(file -> files.add(root.relativize(file).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * Copies every file under {@code from} to the same relative path under {@code to}, creating the
   * directories it needs; returns how many files it copied.
   */
  public static int copy(Path from, Path to) {
    SortedSet<String> files = files(from);
    try {
      for (String file : files) {
        Path target = to.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(from.resolve(file), target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files.size();
  }
}
