package dev.handback.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Activity type and signal names are any string to Temporal, and the generated Javadoc names them:
 * one holding the end of a comment, a Unicode escape (javac reads those before anything else, even
 * in comments), braces of an inline tag, an {@code @} or HTML must neither break the generated
 * source nor change its Javadoc. Temporal accepts such names, so Handback does too.
 */
class NamesInGeneratedJavadocTest {
  /** The end of a comment, a Unicode escape, an inline tag, HTML and a block tag. */
  private static final String ACTIVITY_TYPE = "Review*/\\\\u0041{@link}<b>&@see";

  /** The end of a comment and a backslash-u that is not even a valid Unicode escape. */
  private static final String SIGNAL = "done*/\\\\uZZ";

  @Test
  void namesThatWouldEndTheCommentOrStartAUnicodeEscapeAreWrittenAsCharacterReferences() {
    Compilation compilation =
        HandbackCompiler.compile(
            JavaFileObjects.forSourceString(
                "com.example.names.Odd",
                "package com.example.names;\n\n"
                    + "import dev.handback.AsyncCompletable;\n"
                    + "import dev.handback.ExternalResult;\n"
                    + "import io.temporal.activity.ActivityInterface;\n"
                    + "import io.temporal.activity.ActivityMethod;\n\n"
                    + "@ActivityInterface\n"
                    + "public interface Odd {\n"
                    + "  @ActivityMethod(name = \""
                    + ACTIVITY_TYPE
                    + "\")\n"
                    + "  @AsyncCompletable(startToClose = \"PT1H\")\n"
                    + "  String review(String id);\n\n"
                    + "  @ExternalResult(timeout = \"P1D\", signal = \""
                    + SIGNAL
                    + "\")\n"
                    + "  String decide(String id);\n"
                    + "}\n"));

    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = HandbackCompiler.generatedSources(compilation);
    String async = sources.get("com/example/names/OddAsync.java");
    String completer = sources.get("com/example/names/OddCompleter.java");
    String typeInJavadoc =
        "<code>Review&#42;/&#92;u0041&#123;&#64;link&#125;&#60;b&#62;&#38;&#64;see</code>";
    String signalInJavadoc = "<code>done&#42;/&#92;uZZ</code>";
    assertTrue(async.contains(typeInJavadoc), async);
    assertTrue(async.contains(signalInJavadoc), async);
    assertTrue(completer.contains(signalInJavadoc), completer);
    // The names themselves, in string literals, stay what they were.
    String options = sources.get("com/example/names/OddOptions.java");
    assertTrue(options.contains("\"Review*/\\\\u0041{@link}<b>&@see\""), options);
    assertEquals(List.of(), TemporalOracle.refusals(compilation, true));
  }
}
