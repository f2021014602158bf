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
 * Every {@code ```java} block of the README compiles as shown: each is a whole source file, and all
 * are compiled together with the Handback processor and {@code -Xlint:all,-processing}, on the
 * class path a user's worker has (the samples' runtime class path: {@code handback-annotations},
 * {@code handback-webhook}, Temporal; not the samples' own classes), with what a user's tests add
 * for the section "Testing your workflows" (the test kit and JUnit's API). An error or a warning
 * fails the test with the README line it is on. The blocks for Spring Boot users ({@code ```java
 * spring}) are compiled with all of these by the Spring Boot sample's SpringReadmeSnippetsTest.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path CLASSPATH_FILE = Path.of("target", "runtime-classpath.txt");
  private static final Path KIT_CLASSPATH_FILE = Path.of("target", "kit-classpath.txt");

  @TempDir Path workDir;

  @Test
  void everyJavaSnippetOfTheReadmeCompilesAsShown() throws IOException {
    List<JavaSnippet> snippets = MarkdownJava.snippets(Files.readString(README, UTF_8));
    assertTrue(snippets.size() >= 10, "found only " + snippets.size() + " java blocks");

    List<String> problems = compiler().compile(snippets, workDir);

    assertTrue(
        problems.isEmpty(),
        () -> "The README's Java blocks do not compile as shown:\n" + String.join("\n", problems));
    // The processor ran on them: the completer the external team's snippet uses was generated.
    assertTrue(
        Files.exists(
            workDir.resolve("generated/com/example/review/ReviewActivitiesCompleter.java")));
  }

  @Test
  void anErrorIsReportedAtItsReadmeLine() throws IOException {
    String markdown =
        """
        # Title

        ```java
        package com.example;

        public final class Broken {
          int count = "three";
        }
        ```
        """;

    List<String> problems = compiler().compile(MarkdownJava.snippets(markdown), workDir);

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).startsWith("README.md:7: error: incompatible types"), problems.get(0));
  }

  @Test
  void warningsOfJavacAndOfTheProcessorAreReportedAtTheirReadmeLines() throws IOException {
    String markdown =
        """
        ```sh
        not java
        ```

        ```java
        package com.example;

        public final class Cast {
          String name = (String) "ada";
        }
        ```

        ```java
        package com.example;

        import dev.handback.Polled;
        import io.temporal.activity.ActivityInterface;

        @ActivityInterface
        public interface Jobs {
          @Polled(every = "PT5S", giveUpAfter = "PT1H")
          String status(String id);
        }
        ```
        """;

    List<String> problems = compiler().compile(MarkdownJava.snippets(markdown), workDir);

    assertEquals(2, problems.size(), problems.toString());
    assertTrue(
        problems.contains("README.md:9: warning: redundant cast to java.lang.String"),
        problems.toString());
    assertTrue(
        problems.stream().anyMatch(problem -> problem.startsWith("README.md:21: warning: [HB106]")),
        problems.toString());
  }

  @Test
  void aSnippetThatIsNotAWholeSourceFileIsRefused() throws IOException {
    String markdown =
        """
        Text.

        ```java
        ReviewDecision decision = reviews.requestReview(document);
        ```
        """;

    List<String> problems = compiler().compile(MarkdownJava.snippets(markdown), workDir);

    assertEquals(
        List.of(
            "README.md:4: error: not a whole source file; each java block needs its package"
                + " declaration, its imports and one public type"),
        problems);
  }

  static SnippetCompiler compiler() throws IOException {
    return new SnippetCompiler(
        "README.md",
        Files.readString(CLASSPATH_FILE, UTF_8).strip()
            + File.pathSeparator
            + Files.readString(KIT_CLASSPATH_FILE, UTF_8).strip());
  }
}
