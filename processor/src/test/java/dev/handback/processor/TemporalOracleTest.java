package dev.handback.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Accepted by Handback, accepted by Temporal" over the misuse corpus ({@link
 * DiagnosticsCorpusTest}): every case that compiles without an error is loaded and put to {@link
 * TemporalOracle}, which asks Temporal 1.39's own classes; a case without any result-type warning
 * (HB11x) must also have result types the default data converter rebuilds. And the other way: the
 * cases of the rules Handback takes from Temporal's interface metadata (HB005, HB006, HB009, HB024,
 * HB025, HB026), compiled without Handback, are refused by Temporal itself.
 */
class TemporalOracleTest {
  private static final Pattern RESULT_WARNING = Pattern.compile("\\[HB11\\d]");

  /** The corpus cases whose rule is Temporal's interface metadata, by file name prefix. */
  private static final List<String> TEMPORAL_INTERFACE_RULES =
      List.of("hb005_", "hb006_", "hb009_", "hb024_", "hb025_", "hb026_");

  static Stream<String> cases() throws IOException {
    return DiagnosticsCorpusTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void temporalAcceptsWhatHandbackAccepts(String caseName) throws IOException {
    JavaFileObject input = source(caseName);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new HandbackProcessor())
            .withOptions("-Xlint:all,-processing")
            .compile(input);
    if (compilation.status() != Compilation.Status.SUCCESS) {
      return; // Handback, or javac, refused it
    }
    boolean resultWarning =
        compilation.diagnostics().stream()
            .anyMatch(d -> RESULT_WARNING.matcher(d.getMessage(Locale.ROOT)).find());
    assertEquals(
        List.of(),
        TemporalOracle.refusals(compilation, !resultWarning),
        caseName + " is accepted by Handback but refused by Temporal");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void temporalRefusesWhatHandbackRefusesByItsRules(String caseName) throws IOException {
    String file = caseName.substring(caseName.lastIndexOf('/') + 1);
    if (TEMPORAL_INTERFACE_RULES.stream().noneMatch(file::startsWith)) {
      return;
    }
    Compilation alone = Compiler.javac().withOptions("-proc:none").compile(source(caseName));
    assertEquals(
        List.of(),
        alone.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getMessage(Locale.ROOT))
            .toList(),
        caseName + " does not compile without Handback");
    assertFalse(
        TemporalOracle.interfaceRefusals(alone).isEmpty(),
        caseName + " is refused by Handback, but Temporal's interface metadata takes it");
  }

  private static JavaFileObject source(String caseName) throws IOException {
    String text = Files.readString(DiagnosticsCorpusTest.CORPUS_DIR.resolve(caseName), UTF_8);
    StringBuilder source = new StringBuilder();
    text.lines()
        .filter(line -> !line.startsWith("// expect: "))
        .forEach(line -> source.append(line).append('\n'));
    Matcher pkg = Pattern.compile("(?m)^package\\s+([\\w.]+);").matcher(source);
    Matcher type =
        Pattern.compile(
                "(?m)^(?:public\\s+)?(?:final\\s+|abstract\\s+|sealed\\s+|non-sealed\\s+)*"
                    + "(?:interface|class|enum|record|@interface)\\s+(\\w+)")
            .matcher(source);
    if (!pkg.find() || !type.find()) {
      throw new IllegalArgumentException(caseName + " has no package or top-level type");
    }
    return JavaFileObjects.forSourceString(pkg.group(1) + "." + type.group(1), source.toString());
  }
}
