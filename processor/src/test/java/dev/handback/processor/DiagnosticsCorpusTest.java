package dev.handback.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The misuse corpus: every {@code .java} file under {@code
 * src/test/resources/diagnostics/<annotation>/} is one case, compiled alone with the Handback
 * processor and {@code -Xlint:all,-processing}. The file ends with its expectations, one line per
 * diagnostic:
 *
 * <pre>
 * // expect: ERROR 12:22 [HB010] startToClose = "one hour" is not an ISO-8601 duration: ...
 * // expect: ERROR 9:3 compiler.err.cant.resolve.location
 * // expect: none
 * </pre>
 *
 * Order does not matter. A Handback diagnostic is pinned by kind, line, column and full text; a
 * javac diagnostic by kind, line, column and its diagnostic code (its text differs between JDKs). A
 * {@code // generates: com.example.FooCompleter, ...} line lists what a case with a Handback error
 * still generates for another, valid interface of the same file. The compilation must report
 * exactly these errors and warnings, no more; HB900 (a crash) is never expected. A case with a
 * Handback error must generate nothing; a case without errors must generate, and a case with no
 * diagnostic at all must also compile with {@code -Werror}.
 *
 * <p>A new annotation adds its cases in its own directory. After a reviewed change of the messages,
 * run with {@code -Dhandback.regenerateDiagnostics=true} to rewrite the expectation lines, and
 * review the diff.
 */
class DiagnosticsCorpusTest {
  static final Path CORPUS_DIR =
      Path.of(System.getProperty("handback.diagnosticsDir", "src/test/resources/diagnostics"));
  private static final boolean REGENERATE = Boolean.getBoolean("handback.regenerateDiagnostics");
  private static final String EXPECT = "// expect: ";
  private static final String GENERATES = "// generates: ";
  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile(
          "^(?:public\\s+)?(?:final\\s+|abstract\\s+|sealed\\s+|non-sealed\\s+)*"
              + "(?:interface|class|enum|record|@interface)\\s+(\\w+)",
          Pattern.MULTILINE);
  private static final Pattern PATH_ANNOTATION =
      Pattern.compile("@(AsyncCompletable|ExternalResult|Polled)\\b");
  private static final Pattern PACKAGE =
      Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS_DIR)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .map(file -> CORPUS_DIR.relativize(file).toString().replace('\\', '/'))
          .sorted(Comparator.naturalOrder())
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseReportsExactlyItsExpectedDiagnostics(String caseName) throws IOException {
    Path file = CORPUS_DIR.resolve(caseName);
    String text = Files.readString(file, UTF_8);
    String source = withoutExpectations(text);
    List<String> expected = expectations(text);
    JavaFileObject input = JavaFileObjects.forSourceString(binaryName(source), source);

    RecordingHandbackProcessor processor = new RecordingHandbackProcessor();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(processor)
            .withOptions("-Xlint:all,-processing")
            .compile(input);
    List<String> actual = describe(compilation);

    if (REGENERATE) {
      StringBuilder rewritten = new StringBuilder(source);
      for (String line : actual.isEmpty() ? List.of("none") : actual) {
        rewritten.append(EXPECT).append(line).append('\n');
      }
      Files.writeString(file, rewritten.toString(), UTF_8);
      return;
    }
    assertFalse(expected.isEmpty(), caseName + " has no '" + EXPECT + "' line");
    assertEquals(
        expected.equals(List.of("none")) ? List.of() : byPosition(expected),
        actual,
        () ->
            caseName
                + " reported other diagnostics than expected; the source:\n"
                + numbered(source));
    assertTrue(
        actual.stream().noneMatch(line -> line.contains("[HB900]")), "the processor crashed");

    boolean handbackError =
        actual.stream().anyMatch(line -> line.startsWith("ERROR") && line.contains("[HB0"));
    boolean anyError = actual.stream().anyMatch(line -> line.startsWith("ERROR"));
    if (handbackError) {
      assertEquals(
          generates(text),
          List.copyOf(new TreeSet<>(processor.createdSources())),
          "generated for an invalid interface");
    }
    boolean appliesToNothing = actual.stream().anyMatch(line -> line.contains("[HB104]"));
    if (!anyError && !appliesToNothing && PATH_ANNOTATION.matcher(source).find()) {
      assertThat(compilation).succeeded();
      assertFalse(processor.createdSources().isEmpty(), "nothing generated for a valid interface");
    }
    if (actual.isEmpty()) {
      assertThat(HandbackCompiler.compile(input)).succeededWithoutWarnings();
    }
  }

  /** Every error and warning as {@code KIND line:column text-or-code}, in the order reported. */
  private static List<String> describe(Compilation compilation) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String message = diagnostic.getMessage(Locale.ROOT);
      String what =
          message.startsWith("[HB") ? message.lines().findFirst().orElse("") : diagnostic.getCode();
      String kind =
          diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING
              ? "WARNING"
              : diagnostic.getKind().name();
      lines.add(
          kind
              + " "
              + diagnostic.getLineNumber()
              + ":"
              + diagnostic.getColumnNumber()
              + " "
              + what);
    }
    return byPosition(lines);
  }

  /**
   * {@code lines} in source order (line, column, then text): javac's reporting order differs
   * between JDKs (17 and 25 order an unresolved symbol and its consequence differently).
   */
  private static List<String> byPosition(List<String> lines) {
    return lines.stream()
        .sorted(
            Comparator.comparingLong((String line) -> position(line, 0))
                .thenComparingLong(line -> position(line, 1))
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static long position(String line, int part) {
    String[] where = line.split(" ", 3)[1].split(":");
    return Long.parseLong(where[part]);
  }

  private static List<String> expectations(String text) {
    return text.lines()
        .filter(line -> line.startsWith(EXPECT))
        .map(line -> line.substring(EXPECT.length()).strip())
        .toList();
  }

  /**
   * What a case with a Handback error still generates: nothing, unless another interface of the
   * case is valid, listed on a {@code // generates: a.B, a.C} line.
   */
  private static List<String> generates(String text) {
    return text.lines()
        .filter(line -> line.startsWith(GENERATES))
        .flatMap(line -> List.of(line.substring(GENERATES.length()).split(",\\s*")).stream())
        .sorted()
        .toList();
  }

  private static String withoutExpectations(String text) {
    StringBuilder source = new StringBuilder();
    text.lines()
        .filter(line -> !line.startsWith(EXPECT))
        .forEach(line -> source.append(line).append('\n'));
    return source.toString();
  }

  private static String binaryName(String source) {
    Matcher pkg = PACKAGE.matcher(source);
    Matcher type = TOP_LEVEL_TYPE.matcher(source);
    if (!pkg.find() || !type.find()) {
      throw new IllegalArgumentException("A case needs a package and a public top-level type");
    }
    return pkg.group(1) + "." + type.group(1);
  }

  private static String numbered(String source) {
    StringBuilder out = new StringBuilder();
    List<String> lines = source.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      out.append(String.format(Locale.ROOT, "%3d  %s%n", i + 1, lines.get(i)));
    }
    return out.toString();
  }
}
