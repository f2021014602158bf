package dev.handback.samples.review;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of the README's "Testing your workflows" are these samples' test classes, as
 * they are: so every example compiles as shown, imports included, and passes.
 */
class ReadmeTestingExamplesTest {
  private static final Path README = Path.of("../README.md");
  private static final Path TESTS = Path.of("src/test/java/dev/handback/samples/review");
  private static final Pattern CLASS = Pattern.compile("(?m)^class (\\w+)");

  @Test
  void eachExampleIsATestClassOfTheSamples() throws IOException {
    List<String> examples = javaBlocks(section(Files.readString(README, UTF_8)));

    assertEquals(4, examples.size(), "examples in the section");
    for (String example : examples) {
      Matcher name = CLASS.matcher(example);
      if (!name.find()) {
        throw new AssertionError("An example without a test class:\n" + example);
      }
      String source = Files.readString(TESTS.resolve(name.group(1) + ".java"), UTF_8);
      assertEquals(source.strip(), example.strip(), name.group(1));
    }
  }

  private static String section(String readme) {
    int start = readme.indexOf("\n## Testing your workflows\n");
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end);
  }

  private static List<String> javaBlocks(String text) {
    List<String> blocks = new ArrayList<>();
    Matcher block = Pattern.compile("(?s)```java\n(.*?)```").matcher(text);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }
}
