package dev.handback.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * An {@code @AsyncCompletable} that leaves {@code retry} unset, with {@code Retry} known only from
 * its class file, as in any user's build.
 */
class DefaultRetryTest {

  @Test
  void anUnsetRetryCompilesToNoRetryOptions() {
    Compilation compilation =
        javac()
            .withProcessors(new HandbackProcessor())
            .compile(
                JavaFileObjects.forSourceLines(
                    "p.Reviews",
                    "package p;",
                    "",
                    "@io.temporal.activity.ActivityInterface",
                    "public interface Reviews {",
                    "  @dev.handback.AsyncCompletable(startToClose = \"P7D\", heartbeat = \"PT1H\")",
                    "  String requestReview(String documentId);",
                    "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("p.ReviewsOptions")
        .contentsAsUtf8String()
        .doesNotContain("RetryOptions");
  }
}
