package dev.handback.samples.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the Java blocks of a Markdown file together, as a user's build compiles their sources:
 * with the Handback processor and {@code -Xlint:all,-processing}, on a given class path. Reports
 * each error and warning at the line of the Markdown file it is on.
 */
final class SnippetCompiler {
  private static final String PROCESSOR = "dev.handback.processor.HandbackProcessor";

  private final String markdownName;
  private final String classPath;

  /**
   * A compiler for the blocks of {@code markdownName} (used in the reports) against {@code
   * classPath}.
   */
  SnippetCompiler(String markdownName, String classPath) {
    this.markdownName = markdownName;
    this.classPath = classPath;
  }

  /**
   * Compiles {@code snippets} into {@code workDir} and returns javac's errors and warnings (the
   * processor's among them), each as {@code README.md:<line>: <kind>: <message>}; empty when all
   * compile cleanly.
   */
  List<String> compile(List<JavaSnippet> snippets, Path workDir) throws IOException {
    Path sources = Files.createDirectories(workDir.resolve("src"));
    List<String> problems = new ArrayList<>();
    Map<Path, JavaSnippet> files = new HashMap<>();
    for (JavaSnippet snippet : snippets) {
      Optional<String> path = snippet.sourcePath();
      if (path.isEmpty()) {
        problems.add(
            at(snippet.firstLine())
                + "error: not a whole source file; each java block needs its package declaration,"
                + " its imports and one public type");
        continue;
      }
      Path file = sources.resolve(path.get()).toAbsolutePath().normalize();
      if (files.containsKey(file)) {
        problems.add(
            at(snippet.firstLine())
                + "error: declares "
                + path.get()
                + " again (first on line "
                + files.get(file).firstLine()
                + ")");
        continue;
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, snippet.code());
      files.put(file, snippet);
    }
    if (!problems.isEmpty() || files.isEmpty()) {
      return problems;
    }

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options =
          List.of(
              // As the project compiles itself: "processing" only reports annotations no processor
              // claims, such as Temporal's (and Handback's, which its processor reads but leaves
              // to others).
              "-Xlint:all,-processing",
              "-classpath",
              classPath,
              // The processor from the tests' class path, where the samples' POM puts it.
              "-processorpath",
              System.getProperty("java.class.path"),
              "-processor",
              PROCESSOR,
              "-d",
              Files.createDirectories(workDir.resolve("classes")).toString(),
              "-s",
              Files.createDirectories(workDir.resolve("generated")).toString());
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              fileManager,
              diagnostics,
              options,
              null,
              fileManager.getJavaFileObjectsFromPaths(files.keySet()));
      task.call();
    }
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() != Diagnostic.Kind.NOTE) {
        problems.add(describe(diagnostic, files));
      }
    }
    return problems;
  }

  private String describe(
      Diagnostic<? extends JavaFileObject> diagnostic, Map<Path, JavaSnippet> files) {
    String kind = diagnostic.getKind().toString().toLowerCase(Locale.ROOT) + ": ";
    String message = diagnostic.getMessage(Locale.ROOT);
    if (diagnostic.getSource() == null) {
      return markdownName + ": " + kind + message;
    }
    Path source = Path.of(diagnostic.getSource().toUri()).toAbsolutePath().normalize();
    JavaSnippet snippet = files.get(source);
    if (snippet == null) {
      // In a generated file: name the file, whose source is a snippet above.
      return source.getFileName() + ":" + diagnostic.getLineNumber() + ": " + kind + message;
    }
    return at(snippet.markdownLine(diagnostic.getLineNumber())) + kind + message;
  }

  private String at(long line) {
    return markdownName + ":" + line + ": ";
  }
}
