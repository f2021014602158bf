package dev.handback.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One small source file of a diagnostics test, in package {@code com.example} with the imports
 * every case needs, and the assertions that pin a Handback error to a position in it.
 */
final class TestSource {
  private static final List<String> PREAMBLE =
      List.of(
          "package com.example;",
          "",
          "import dev.handback.AsyncCompletable;",
          "import dev.handback.ExternalResult;",
          "import dev.handback.Polled;",
          "import dev.handback.Retry;",
          "import io.temporal.activity.ActivityInterface;",
          "import io.temporal.activity.ActivityMethod;",
          "");

  private final List<String> lines;
  private final JavaFileObject file;

  private TestSource(String simpleName, List<String> lines) {
    this.lines = lines;
    this.file = JavaFileObjects.forSourceLines("com.example." + simpleName, lines);
  }

  /**
   * A source file {@code com/example/<simpleName>.java} with the common preamble and {@code body}.
   */
  static TestSource of(String simpleName, String... body) {
    List<String> lines = new ArrayList<>(PREAMBLE);
    lines.addAll(List.of(body));
    return new TestSource(simpleName, lines);
  }

  /** The outcome of compiling one test source, with what the processor wrote. */
  record Compiled(Compilation compilation, Set<String> createdSources) {}

  /** Compiles this source with the Handback processor, recording the files it creates. */
  Compiled compile() {
    RecordingHandbackProcessor processor = new RecordingHandbackProcessor();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(processor)
            .withOptions(HandbackCompiler.OPTIONS)
            .compile(file);
    return new Compiled(compilation, processor.createdSources());
  }

  /**
   * Asserts that {@code compilation} failed with {@code errorCount} errors, exactly one of them
   * from Handback, that its text is {@code message}, and that it points at the first occurrence of
   * {@code target} on the only line that contains {@code lineFragment}; and that nothing was
   * generated.
   */
  void assertHandbackError(
      Compiled compiled, int errorCount, String message, String lineFragment, String target) {
    Compilation compilation = compiled.compilation();
    int line = lineOf(lineFragment);
    String text = lines.get(line - 1);
    int column = text.indexOf(target) + 1;
    assertTrue(column > 0, () -> "'" + target + "' is not on line " + line + ": " + text);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(errorCount);
    List<Diagnostic<? extends JavaFileObject>> handback =
        compilation.errors().stream()
            .filter(error -> error.getMessage(Locale.ROOT).startsWith("[HB"))
            .toList();
    assertEquals(1, handback.size(), () -> "Handback errors: " + describe(handback));
    Diagnostic<? extends JavaFileObject> error = handback.get(0);
    assertEquals(message, error.getMessage(Locale.ROOT));
    assertEquals(
        line + ":" + column,
        error.getLineNumber() + ":" + error.getColumnNumber(),
        () -> "position (line:column) of " + message + "\n  expected at: " + text);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(line).atColumn(column);
    assertEquals(Set.of(), compiled.createdSources(), "generated for an invalid interface");
  }

  /** {@link #assertHandbackError} for a compilation whose only error is Handback's. */
  void assertOnlyError(Compiled compiled, String message, String lineFragment, String target) {
    assertHandbackError(compiled, 1, message, lineFragment, target);
  }

  /** The 1-based number of the only line that contains {@code fragment}. */
  int lineOf(String fragment) {
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        if (found >= 0) {
          throw new IllegalArgumentException("'" + fragment + "' is on more than one line");
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException("'" + fragment + "' is on no line");
    }
    return found + 1;
  }

  private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n", "\n", ""));
  }
}
