package dev.handback.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Proves the processor's manners towards javac and build tools: an exception inside it becomes
 * HB900 on the interface instead of reaching javac; every generated file carries {@code @Generated}
 * and exactly one originating element, the interface it is generated for; what is generated for one
 * interface does not depend on the other sources (the contract of a Gradle "isolating" processor,
 * declared in {@code META-INF/gradle/incremental.annotation.processors}).
 */
class ProcessorHygieneTest {
  private static final JavaFileObject JOBS =
      JavaFileObjects.forSourceLines(
          "com.example.Jobs",
          "package com.example;",
          "",
          "import dev.handback.AsyncCompletable;",
          "import io.temporal.activity.ActivityInterface;",
          "",
          "@ActivityInterface",
          "public interface Jobs {",
          "  @AsyncCompletable(startToClose = \"PT1H\")",
          "  String run(String input);",
          "}");

  private static final JavaFileObject DESK =
      JavaFileObjects.forSourceLines(
          "com.example.Desk",
          "package com.example;",
          "",
          "import dev.handback.AsyncCompletable;",
          "import io.temporal.activity.ActivityInterface;",
          "",
          "public final class Desk {",
          "  private Desk() {}",
          "",
          "  /** Nested: generated as Desk_ReviewsCompleter and so on. */",
          "  @ActivityInterface",
          "  public interface Reviews {",
          "    @AsyncCompletable(startToClose = \"PT30M\")",
          "    void review(String id);",
          "  }",
          "}");

  private static final JavaFileObject LOOKUPS =
      JavaFileObjects.forSourceLines(
          "com.example.Lookups",
          "package com.example;",
          "",
          "import dev.handback.AsyncCompletable;",
          "import io.temporal.activity.ActivityInterface;",
          "",
          "@ActivityInterface",
          "public interface Lookups {",
          "  @AsyncCompletable(startToClose = \"PT1H\")",
          "  GeneratedResult lookUp(String key);",
          "}");

  @Test
  void anExceptionInsideTheProcessorIsReportedAsHb900OnTheInterface() {
    Diagnostic<? extends JavaFileObject> error = internalError(HandbackCompiler.OPTIONS);

    assertEquals(
        "[HB900] Handback could not process com.example.Jobs because of an internal error"
            + " (java.lang.IllegalStateException: the filer broke). Please report it with this"
            + " interface and the stack trace that compiling with -Ahandback.debug=true adds; the"
            + " other interfaces were processed",
        error.getMessage(Locale.ROOT),
        "one line, no stack trace in an ordinary build");
    assertEquals("7", String.valueOf(error.getLineNumber()), "on the interface declaration");
  }

  @Test
  void theDebugOptionAddsTheStackTraceToHb900() {
    List<String> options = new ArrayList<>(HandbackCompiler.OPTIONS);
    options.add("-Ahandback.debug=true");
    String message = internalError(options).getMessage(Locale.ROOT);

    assertTrue(
        message.startsWith(
            "[HB900] Handback could not process com.example.Jobs because of an internal error"
                + " (java.lang.IllegalStateException: the filer broke). Please report it with this"
                + " interface and the stack trace below; the other interfaces were processed\n"),
        message);
    // javac indents the lines after the first.
    assertTrue(
        message
            .lines()
            .skip(1)
            .findFirst()
            .orElse("")
            .strip()
            .equals("java.lang.IllegalStateException: the filer broke"),
        message);
    assertTrue(
        message.contains("at dev.handback.processor.ProcessorHygieneTest.internalError"),
        "the trace names where it was thrown: " + message);
  }

  private static Diagnostic<? extends JavaFileObject> internalError(List<String> options) {
    RecordingHandbackProcessor processor =
        new RecordingHandbackProcessor(new IllegalStateException("the filer broke"));
    Compilation compilation =
        Compiler.javac().withProcessors(processor).withOptions(options).compile(JOBS);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    return compilation.errors().get(0);
  }

  @Test
  void everyGeneratedFileHasOneOriginatingElementTheInterfaceItIsFor() {
    RecordingHandbackProcessor processor = new RecordingHandbackProcessor();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(processor, new DeferralTest.ResultGenerator())
            .withOptions(HandbackCompiler.OPTIONS)
            .compile(JOBS, DESK, LOOKUPS);

    assertThat(compilation).succeededWithoutWarnings();
    Map<String, List<String>> expected = new TreeMap<>();
    for (String suffix : List.of("Async", "Completer", "Options")) {
      expected.put("com.example.Jobs" + suffix, List.of("INTERFACE com.example.Jobs (top-level)"));
      expected.put(
          "com.example.Desk_Reviews" + suffix,
          List.of("INTERFACE com.example.Desk.Reviews (nested)"));
      // Generated in a later round, after the result type exists: still its own interface only.
      expected.put(
          "com.example.Lookups" + suffix, List.of("INTERFACE com.example.Lookups (top-level)"));
    }
    assertEquals(expected, new TreeMap<>(processor.originatingElements()));
  }

  @Test
  void everyGeneratedFileIsMarkedGenerated() throws IOException {
    Compilation compilation = HandbackCompiler.compile(JOBS, DESK);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = HandbackCompiler.generatedSources(compilation);
    assertEquals(6, sources.size(), sources.keySet()::toString);
    sources.forEach(
        (path, text) ->
            assertTrue(
                text.contains(
                    "@Generated(\"dev.handback.processor.HandbackProcessor\")\npublic final class"),
                path));
    sources.forEach(
        (path, text) ->
            assertTrue(text.contains("import javax.annotation.processing.Generated;"), path));
  }

  @Test
  void whatIsGeneratedForAnInterfaceDoesNotDependOnTheOtherSources() {
    Map<String, String> alone = HandbackCompiler.generatedSources(HandbackCompiler.compile(JOBS));
    Map<String, String> together =
        HandbackCompiler.generatedSources(
            HandbackCompiler.javac(new DeferralTest.ResultGenerator())
                .compile(DESK, LOOKUPS, JOBS));

    assertEquals(3, alone.size());
    alone.forEach((path, text) -> assertEquals(text, together.get(path), path));
  }

  @Test
  void gradleKnowsTheProcessorIsIsolating() throws Exception {
    String metadata;
    try (InputStream in =
        HandbackProcessor.class.getResourceAsStream(
            "/META-INF/gradle/incremental.annotation.processors")) {
      assertNotNull(in, "META-INF/gradle/incremental.annotation.processors is missing");
      metadata = new String(in.readAllBytes(), UTF_8);
    }
    assertEquals("dev.handback.processor.HandbackProcessor,isolating\n", metadata);
    Object processor =
        Class.forName(metadata.substring(0, metadata.indexOf(','))).getConstructor().newInstance();
    assertTrue(processor instanceof Processor);
    // An isolating processor names its annotations; "*" would make Gradle treat every source as
    // input.
    Set<String> annotations = ((Processor) processor).getSupportedAnnotationTypes();
    assertTrue(annotations.contains("dev.handback.AsyncCompletable"), annotations::toString);
    assertTrue(annotations.stream().noneMatch(name -> name.endsWith("*")), annotations::toString);
  }
}
