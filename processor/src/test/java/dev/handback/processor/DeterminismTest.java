package dev.handback.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Proves that the generated sources depend only on the input: two compilations of the same sources,
 * also with the sources handed to javac in the opposite order, generate the same files with
 * byte-identical content.
 */
class DeterminismTest {
  private static final Path GOLDEN_DIR =
      Path.of(System.getProperty("handback.goldenDir", "src/test/resources/golden"));

  private static List<JavaFileObject> inputs() {
    List<JavaFileObject> sources =
        new ArrayList<>(HandbackCompiler.sourcesUnder(GOLDEN_DIR.resolve("ShopActivities/input")));
    sources.addAll(HandbackCompiler.sourcesUnder(GOLDEN_DIR.resolve("Warehouse_Picking/input")));
    return sources;
  }

  private static Map<String, String> generate(List<JavaFileObject> sources) {
    Compilation compilation = HandbackCompiler.javac().compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return HandbackCompiler.generatedSources(compilation);
  }

  @Test
  void twoRunsOnTheSameInputGenerateIdenticalFiles() {
    Map<String, String> first = generate(inputs());
    Map<String, String> second = generate(inputs());

    assertFalse(first.isEmpty(), "nothing was generated");
    assertEquals(first.keySet(), second.keySet());
    first.forEach(
        (path, text) ->
            assertEquals(
                text,
                second.get(path),
                () ->
                    path
                        + " differs between runs, "
                        + TextDiff.firstDifference(text, second.get(path))));
  }

  @Test
  void theOrderOfTheSourcesDoesNotChangeTheOutput() {
    List<JavaFileObject> reversed = inputs();
    Collections.reverse(reversed);

    assertEquals(generate(inputs()), generate(reversed));
  }
}
