package dev.handback.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles test sources in memory with the Handback processor and the project's compiler flags. */
final class HandbackCompiler {
  /** The compiler flags of the project's own build. */
  static final List<String> OPTIONS = List.of("-Xlint:all,-processing", "-Werror");

  private static final String SOURCE_OUTPUT = "SOURCE_OUTPUT/";
  private static final String CLASS_OUTPUT = "CLASS_OUTPUT/";

  private HandbackCompiler() {}

  /** javac with {@link HandbackProcessor} (plus {@code others}) and {@code -Xlint:all -Werror}. */
  static Compiler javac(Processor... others) {
    Processor[] processors = new Processor[others.length + 1];
    processors[0] = new HandbackProcessor();
    System.arraycopy(others, 0, processors, 1, others.length);
    return Compiler.javac().withProcessors(processors).withOptions(OPTIONS);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().compile(sources);
  }

  /** Every {@code .java} file under {@code root}, named by its path relative to {@code root}. */
  static List<JavaFileObject> sourcesUnder(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .sorted()
          .map(file -> source(root, file))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject source(Path root, Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    String binaryName =
        relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
    try {
      return JavaFileObjects.forSourceString(binaryName, Files.readString(file, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The generated source files of {@code compilation}, keyed by their path below the source output
   * directory (for example {@code com/example/FooCompleter.java}), in name order.
   */
  static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String uri = file.toUri().toString();
      int start = uri.indexOf(SOURCE_OUTPUT);
      if (start < 0) {
        throw new IllegalStateException("Unexpected location of a generated source: " + uri);
      }
      try {
        sources.put(
            uri.substring(start + SOURCE_OUTPUT.length()), file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  /**
   * The model files the processor wrote to the class output, keyed by their path below it (for
   * example {@code META-INF/handback/com.example.Foo.json}), in name order.
   */
  static Map<String, String> generatedModels(Compilation compilation) {
    Map<String, String> models = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().toString();
      int start = uri.indexOf(CLASS_OUTPUT + "META-INF/handback/");
      if (start < 0) {
        continue;
      }
      try {
        models.put(
            uri.substring(start + CLASS_OUTPUT.length()), file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return models;
  }
}
