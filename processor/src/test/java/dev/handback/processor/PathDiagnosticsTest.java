package dev.handback.processor;

import org.junit.jupiter.api.Test;

/**
 * Proves the diagnostics of {@code @ExternalResult} and {@code @Polled} (HB030 to HB034, and the
 * shared option checks under their own annotation names): each the only error, with its exact
 * text, at the annotation or value that causes it, and with nothing generated.
 */
class PathDiagnosticsTest {

  private static TestSource jobs(String... body) {
    String[] lines = new String[body.length + 3];
    lines[0] = "@ActivityInterface";
    lines[1] = "public interface Jobs {";
    System.arraycopy(body, 0, lines, 2, body.length);
    lines[body.length + 2] = "}";
    return TestSource.of("Jobs", lines);
  }

  @Test
  void hb019_bothPathsOnOneMethod() {
    TestSource source =
        jobs(
            "  @AsyncCompletable(startToClose = \"P7D\")",
            "  @ExternalResult(timeout = \"P7D\")",
            "  String run(String input);");

    source.assertOnlyError(
        source.compile(),
        "[HB030] Jobs.run() carries both @AsyncCompletable and @ExternalResult, but a result comes"
            + " back one way only: keep one of them",
        "@ExternalResult",
        "@ExternalResult");
  }

  @Test
  void hb019_bothPathsOnTheInterface() {
    TestSource source =
        TestSource.of(
            "Jobs",
            "@ActivityInterface",
            "@ExternalResult(timeout = \"P7D\")",
            "@Polled(every = \"PT5M\", giveUpAfter = \"P1D\")",
            "public interface Jobs {",
            "  String run(String input);",
            "}");

    source.assertOnlyError(
        source.compile(),
        "[HB030] com.example.Jobs carries both @ExternalResult and @Polled, but a result comes back"
            + " one way only: keep one of them",
        "@Polled",
        "@Polled");
  }

  @Test
  void hb020_blankSignalName() {
    TestSource source = jobs("  @ExternalResult(signal = \"  \", timeout = \"P7D\")", "  String run(String input);");

    source.assertOnlyError(
        source.compile(),
        "[HB031] signal = \"  \" is blank: name the signal, or leave it empty for the default (the"
            + " activity type followed by \"Result\")",
        "signal",
        "\"  \"");
  }

  @Test
  void hb021_twoMethodsWithOneSignal() {
    TestSource source =
        jobs(
            "  @ExternalResult(signal = \"done\", timeout = \"P7D\")",
            "  String first(String input);",
            "  @ExternalResult(signal = \"done\", timeout = \"PT1H\") // second",
            "  String second(String input);");

    source.assertOnlyError(
        source.compile(),
        "[HB032] Signal 'done' of Jobs.second() is also the signal of Jobs.first(), so the workflow"
            + " could not tell their results apart: give one of them its own"
            + " @ExternalResult(signal = ...)",
        "// second",
        "@ExternalResult");
  }

  @Test
  void hb021_anInterfaceSignalSharedByEveryMethod() {
    TestSource source =
        TestSource.of(
            "Jobs",
            "@ActivityInterface",
            "@ExternalResult(signal = \"done\", timeout = \"P7D\")",
            "public interface Jobs {",
            "  String first(String input);",
            "  String second(String input);",
            "}");

    source.assertOnlyError(
        source.compile(),
        "[HB032] Signal 'done' of Jobs.second() is also the signal of Jobs.first(), so the workflow"
            + " could not tell their results apart: give one of them its own"
            + " @ExternalResult(signal = ...)",
        "second(",
        "second");
  }

  @Test
  void hb022_pollingThatGivesUpBeforeTheSecondPoll() {
    TestSource source =
        jobs("  @Polled(every = \"PT5M\", giveUpAfter = \"PT1M\")", "  String status(String id);");

    source.assertOnlyError(
        source.compile(),
        "[HB033] giveUpAfter = \"PT1M\" is shorter than every = \"PT5M\", so the external system"
            + " would be asked only once: make giveUpAfter longer than the interval between polls",
        "@Polled",
        "\"PT1M\"");
  }

  @Test
  void hb023_aPollThatOutlastsThePolling() {
    TestSource source =
        jobs(
            "  @Polled(every = \"PT1M\", giveUpAfter = \"PT10M\", attemptTimeout = \"PT1H\")",
            "  String status(String id);");

    source.assertOnlyError(
        source.compile(),
        "[HB034] attemptTimeout = \"PT1H\" is longer than giveUpAfter = \"PT10M\", so one poll could"
            + " outlast the whole polling: make attemptTimeout shorter than giveUpAfter",
        "@Polled",
        "\"PT1H\"");
  }

  @Test
  void hb010_malformedTimeoutOfExternalResult() {
    TestSource source = jobs("  @ExternalResult(timeout = \"a week\")", "  String run(String input);");

    source.assertOnlyError(
        source.compile(),
        "[HB010] timeout = \"a week\" is not an ISO-8601 duration: write it as"
            + " java.time.Duration.parse reads it, for example \"P7D\" (7 days), \"PT1H\" (1 hour)"
            + " or \"PT30M\" (30 minutes)",
        "timeout",
        "\"a week\"");
  }

  @Test
  void hb012_externalResultWithoutAnyCloseTimeout() {
    TestSource source =
        jobs("  @ExternalResult(timeout = \"P7D\", startToClose = \"\")", "  String run(String input);");

    source.assertOnlyError(
        source.compile(),
        "[HB012] @ExternalResult on Jobs.run() sets neither startToClose nor scheduleToClose, and"
            + " Temporal requires one: set startToClose to the longest time one attempt may take,"
            + " for example startToClose = \"P7D\"",
        "@ExternalResult",
        "@ExternalResult");
  }

  @Test
  void hb018_blankDoNotRetryOfPolled() {
    TestSource source =
        jobs(
            "  @Polled(every = \"PT1M\", giveUpAfter = \"PT10M\", doNotRetry = {\"\"})",
            "  String status(String id);");

    source.assertOnlyError(
        source.compile(),
        "[HB018] doNotRetry has an empty error type: name an exception class such as"
            + " \"com.example.RejectedException\", or remove the entry",
        "@Polled",
        "\"\"");
  }

  @Test
  void hb001_externalResultOutsideAnActivityInterface() {
    TestSource source =
        TestSource.of(
            "Plain", "public interface Plain {", "  @ExternalResult(timeout = \"P1D\")", "  String run(String input);", "}");

    source.assertOnlyError(
        source.compile(),
        "[HB001] @ExternalResult is on Plain.run() of com.example.Plain, which is not an"
            + " @ActivityInterface: annotate the interface with"
            + " @io.temporal.activity.ActivityInterface, or move @ExternalResult to one",
        "@ExternalResult",
        "@ExternalResult");
  }

  @Test
  void aMissingTimeoutIsJavacsOwnError() {
    TestSource source = jobs("  @ExternalResult", "  String run(String input);");

    TestSource.Compiled compiled = source.compile();

    com.google.testing.compile.CompilationSubject.assertThat(compiled.compilation()).failed();
    com.google.testing.compile.CompilationSubject.assertThat(compiled.compilation())
        .hadErrorContaining("timeout");
  }
}
