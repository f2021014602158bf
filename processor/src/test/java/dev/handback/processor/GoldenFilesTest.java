package dev.handback.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.handback.processor.writer.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that the processor's output for representative activity interfaces is exactly the reviewed
 * output kept under {@code src/test/resources/golden/<case>/expected}, byte for byte, and that it
 * compiles without a single warning under {@code -Xlint:all -Werror}.
 *
 * <p>Each case directory holds the processor's input under {@code input/} and the expected
 * generated files under {@code expected/}: the Java sources and the model JSON the processor writes
 * to the class output ({@code META-INF/handback/}). The processor writes the model compactly on one
 * line, for the programs that read it; the golden file holds it parsed and indented, for review,
 * and the test checks that the output is exactly the compact form of what it parses to. After an
 * intended change of the generated code, run the build with {@code
 * -Dhandback.regenerateGolden=true}: the test then rewrites {@code expected/} instead of comparing,
 * and the change shows up in review as a diff of the golden files.
 */
class GoldenFilesTest {
  private static final Path GOLDEN_DIR =
      Path.of(System.getProperty("handback.goldenDir", "src/test/resources/golden"));
  private static final boolean REGENERATE = Boolean.getBoolean("handback.regenerateGolden");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ShopActivities", "Warehouse_Picking", "PublishingSteps"})
  void generatedFilesMatchGoldenFiles(String goldenCase) throws IOException {
    Path caseDir = GOLDEN_DIR.resolve(goldenCase);
    Compilation compilation =
        HandbackCompiler.compile(
            HandbackCompiler.sourcesUnder(caseDir.resolve("input")).toArray(new JavaFileObject[0]));

    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = new TreeMap<>(HandbackCompiler.generatedSources(compilation));
    Map<String, String> models = HandbackCompiler.generatedModels(compilation);
    for (Map.Entry<String, String> model : models.entrySet()) {
      String json = model.getValue();
      assertEquals(
          ModelJson.compact(json),
          json,
          () -> model.getKey() + " is not written compactly, on one line");
      assertEquals(1, json.lines().count(), () -> model.getKey() + " is not one line");
      generated.put(model.getKey(), ModelJson.pretty(json));
    }
    assertFalse(generated.isEmpty(), "the processor generated nothing for " + goldenCase);

    Path expectedDir = caseDir.resolve("expected");
    if (REGENERATE) {
      rewrite(expectedDir, generated);
      return;
    }
    Map<String, String> expected = readAll(expectedDir);
    assertEquals(
        expected.keySet(),
        generated.keySet(),
        "generated files differ from the golden files in "
            + expectedDir
            + " (rerun with -Dhandback.regenerateGolden=true after an intended change)");
    for (Map.Entry<String, String> file : generated.entrySet()) {
      String want = expected.get(file.getKey());
      assertEquals(
          want,
          file.getValue(),
          () ->
              "generated "
                  + file.getKey()
                  + " differs from its golden file, "
                  + TextDiff.firstDifference(want, file.getValue())
                  + "\n(rerun with -Dhandback.regenerateGolden=true after an intended change)");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ShopActivities", "Warehouse_Picking", "PublishingSteps"})
  void goldenFilesKeepToTheColumnLimit(String goldenCase) throws IOException {
    Map<String, String> golden = readAll(GOLDEN_DIR.resolve(goldenCase).resolve("expected"));
    assertFalse(golden.isEmpty(), "no golden files for " + goldenCase);

    List<String> over = ColumnLimit.linesOver(golden);
    assertTrue(
        over.isEmpty(),
        () ->
            over.size()
                + " golden lines are longer than "
                + ColumnLimit.COLUMNS
                + " columns:\n"
                + String.join("\n", over));
  }

  private static Map<String, String> readAll(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(path).toString().replace('\\', '/'), Files.readString(path, UTF_8));
      }
    }
    return files;
  }

  private static void rewrite(Path dir, Map<String, String> generated) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        List<Path> old = paths.sorted(Comparator.reverseOrder()).toList();
        for (Path path : old) {
          Files.delete(path);
        }
      }
    }
    Set<String> written = new TreeSet<>();
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), UTF_8);
      written.add(file.getKey());
    }
    System.out.println("Rewrote golden files in " + dir + ": " + written);
  }
}
