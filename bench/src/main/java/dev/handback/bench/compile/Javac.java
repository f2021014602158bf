package dev.handback.bench.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac, run in this JVM with the flags of the project's build, so every variant sees the same
 * compiler, warmed by the same earlier runs.
 */
final class Javac {
  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final String classpath = System.getProperty("java.class.path");

  /**
   * Compiles {@code sources} into fresh directories under {@code work} and returns the wall time in
   * milliseconds. A {@code processor} (a fresh instance, given to javac directly, as its class is
   * already loaded and warm) runs; when it is null annotation processing is off. Generated sources
   * go to {@code generated} when it is not null.
   *
   * @throws IllegalStateException if the compilation fails
   */
  double compile(List<Path> sources, Processor processor, Path work, Path generated) {
    Path classes = work.resolve("classes");
    Path sourceOutput = generated != null ? generated : work.resolve("generated");
    List<String> options =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-Xlint:all,-processing",
                "-Werror",
                "-classpath",
                classpath,
                "-d",
                classes.toString(),
                "-s",
                sourceOutput.toString()));
    if (processor == null) {
      options.add("-proc:none");
    }
    StringWriter diagnostics = new StringWriter();
    try {
      Files.createDirectories(classes);
      Files.createDirectories(sourceOutput);
      long start = System.nanoTime();
      boolean ok;
      try (StandardJavaFileManager files =
          compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
        JavaCompiler.CompilationTask task =
            compiler.getTask(
                diagnostics,
                files,
                null,
                options,
                null,
                files.getJavaFileObjectsFromPaths(sources));
        if (processor != null) {
          task.setProcessors(List.of(processor));
        }
        ok = task.call();
      }
      double millis = (System.nanoTime() - start) / 1e6;
      if (!ok) {
        throw new IllegalStateException("Compilation failed:\n" + diagnostics);
      }
      return millis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Java files under {@code root}. */
  static List<Path> javaFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
