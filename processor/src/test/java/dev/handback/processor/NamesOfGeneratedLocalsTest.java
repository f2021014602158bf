package dev.handback.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An activity method may bear the name of a parameter or local variable of the generated code (the
 * inbox names a field after each method): the generated code still compiles warning-free and refers
 * to what it means, since Temporal accepts any method name.
 */
class NamesOfGeneratedLocalsTest {

  @Test
  void methodsNamedLikeTheGeneratedCodesParametersAndLocalsCompile() {
    StringBuilder source =
        new StringBuilder(
            "package com.example.locals;\n\n"
                + "import dev.handback.AsyncCompletable;\n"
                + "import dev.handback.ExternalResult;\n"
                + "import io.temporal.activity.ActivityInterface;\n\n"
                + "@ActivityInterface\n"
                + "public interface Clashes {\n");
    for (String name : List.of("outcome", "inbox", "failure", "details", "result")) {
      source
          .append("  @ExternalResult(timeout = \"P1D\")\n")
          .append("  String ")
          .append(name)
          .append("(String id);\n\n");
    }
    for (String name :
        List.of(
            "handle",
            "client",
            "channel",
            "callKey",
            "workflowId",
            "runId",
            "activityId",
            "base")) {
      source
          .append("  @AsyncCompletable(startToClose = \"PT1H\", heartbeat = \"PT5M\")\n")
          .append("  String ")
          .append(name)
          .append("(String id);\n\n");
    }
    source.append("}\n");

    Compilation compilation =
        HandbackCompiler.compile(
            JavaFileObjects.forSourceString("com.example.locals.Clashes", source.toString()));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(), TemporalOracle.refusals(compilation, true));
  }
}
