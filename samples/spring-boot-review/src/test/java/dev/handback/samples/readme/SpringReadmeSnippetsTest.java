package dev.handback.samples.readme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java blocks for Spring Boot users ({@code ```java spring}) compile as shown,
 * together with all the others (they use their types), with the Handback processor and {@code
 * -Xlint:all,-processing}, on the class path of a Spring Boot application with Handback's starter
 * (this sample's runtime class path, without its own classes), with what the other blocks need: the
 * test kit and JUnit's API for a user's tests, Temporal's envconfig for a secured connection.
 */
class SpringReadmeSnippetsTest {
  private static final Path README = Path.of("..", "..", "README.md");
  private static final Path CLASSPATH_FILE = Path.of("target", "runtime-classpath.txt");
  private static final Path EXTRAS_CLASSPATH_FILE =
      Path.of("target", "snippet-extras-classpath.txt");

  @TempDir Path workDir;

  @Test
  void everyJavaSnippetOfTheReadmeCompilesWithSpringBoot() throws IOException {
    String readme = Files.readString(README, UTF_8);
    List<JavaSnippet> all = MarkdownJava.snippets(readme, true);
    assertTrue(
        all.size() >= MarkdownJava.snippets(readme).size() + 2,
        "found only " + all.size() + " java blocks, Spring ones included");
    assertEquals(
        readme.lines().filter(line -> line.strip().startsWith("```java")).count(),
        all.size(),
        "a java block that neither README test compiles");

    List<String> problems =
        new SnippetCompiler(
                "README.md",
                Files.readString(CLASSPATH_FILE, UTF_8).strip()
                    + File.pathSeparator
                    + Files.readString(EXTRAS_CLASSPATH_FILE, UTF_8).strip())
            .compile(all, workDir);

    assertTrue(
        problems.isEmpty(),
        () -> "The README's Java blocks do not compile as shown:\n" + String.join("\n", problems));
  }
}
