package dev.handback.processor;

import org.junit.jupiter.api.Test;

/**
 * Proves that every option that Temporal would reject at run time is rejected at compile time
 * instead (HB010 to HB018), each with its exact message, as the only error, on the annotation value
 * that causes it (or on the annotation when a value is missing), and with nothing generated.
 */
class OptionsDiagnosticsTest {

  /** An activity interface {@code Jobs} whose one method {@code run} carries {@code annotation}. */
  private static TestSource jobsWith(String... annotation) {
    String[] body = new String[annotation.length + 4];
    body[0] = "@ActivityInterface";
    body[1] = "public interface Jobs {";
    System.arraycopy(annotation, 0, body, 2, annotation.length);
    body[annotation.length + 2] = "  String run(String input);";
    body[annotation.length + 3] = "}";
    return TestSource.of("Jobs", body);
  }

  @Test
  void hb010_durationInWords() {
    TestSource source = jobsWith("  @AsyncCompletable(startToClose = \"7 days\")");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB010] startToClose = \"7 days\" is not an ISO-8601 duration: write it as"
            + " java.time.Duration.parse reads it, for example \"P7D\" (7 days), \"PT1H\" (1 hour)"
            + " or \"PT30M\" (30 minutes)",
        "startToClose",
        "\"7 days\"");
  }

  @Test
  void hb010_weeksWhichJavaTimeDurationDoesNotRead() {
    TestSource source =
        jobsWith(
            "  @AsyncCompletable(startToClose = \"PT1H\", retry = @Retry(initialInterval = \"P1W\"))");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB010] retry.initialInterval = \"P1W\" is not an ISO-8601 duration: write it as"
            + " java.time.Duration.parse reads it, for example \"P7D\" (7 days), \"PT1H\" (1 hour)"
            + " or \"PT30M\" (30 minutes)",
        "initialInterval",
        "\"P1W\"");
  }

  @Test
  void hb011_zeroDuration() {
    TestSource source = jobsWith("  @AsyncCompletable(startToClose = \"PT0S\")");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB011] startToClose = \"PT0S\" is not longer than zero: give a positive duration, or leave"
            + " it empty for Temporal's default",
        "startToClose",
        "\"PT0S\"");
  }

  @Test
  void hb011_negativeDuration() {
    TestSource source =
        jobsWith("  @AsyncCompletable(startToClose = \"PT1H\", scheduleToClose = \"PT-1H\")");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB011] scheduleToClose = \"PT-1H\" is not longer than zero: give a positive duration, or"
            + " leave it empty for Temporal's default",
        "scheduleToClose",
        "\"PT-1H\"");
  }

  @Test
  void hb012_noCloseTimeoutOnAMethod() {
    TestSource source = jobsWith("  @AsyncCompletable(heartbeat = \"PT1M\")");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB012] @AsyncCompletable on Jobs.run() sets neither startToClose nor scheduleToClose, and"
            + " Temporal requires one: set startToClose to the longest time one attempt may take,"
            + " for example startToClose = \"P7D\"",
        "@AsyncCompletable",
        "@AsyncCompletable");
  }

  @Test
  void hb012_noCloseTimeoutOnTheInterface() {
    TestSource source =
        TestSource.of(
            "Jobs",
            "@ActivityInterface",
            "@AsyncCompletable(taskQueue = \"jobs\")",
            "public interface Jobs {",
            "  String run(String input);",
            "}");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB012] @AsyncCompletable on com.example.Jobs sets neither startToClose nor"
            + " scheduleToClose, and Temporal requires one: set startToClose to the longest time one"
            + " attempt may take, for example startToClose = \"P7D\"",
        "@AsyncCompletable",
        "@AsyncCompletable");
  }

  @Test
  void hb013_backoffBelowOne() {
    TestSource source =
        jobsWith(
            "  @AsyncCompletable(startToClose = \"PT1H\", retry = @Retry(backoffCoefficient = 0.5))");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB013] retry.backoffCoefficient = 0.5 is below 1.0, so retries would come faster and"
            + " faster: use 1.0 or more (2.0 doubles the wait), or 0 for Temporal's default",
        "backoffCoefficient",
        "0.5");
  }

  @Test
  void hb014_negativeMaximumAttempts() {
    TestSource source =
        jobsWith(
            "  @AsyncCompletable(startToClose = \"PT1H\", retry = @Retry(maximumAttempts = -1))");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB014] retry.maximumAttempts = -1 is negative: use 1 or more, or 0 for unlimited attempts",
        "maximumAttempts",
        "-1");
  }

  @Test
  void hb015_maximumIntervalShorterThanInitial() {
    TestSource source =
        jobsWith(
            "  @AsyncCompletable(",
            "      startToClose = \"PT1H\",",
            "      retry = @Retry(initialInterval = \"PT1M\", maximumInterval = \"PT10S\"))");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB015] retry.maximumInterval = \"PT10S\" is shorter than retry.initialInterval ="
            + " \"PT1M\", and Temporal refuses a maximum below the initial interval: make the"
            + " maximum at least the initial interval",
        "maximumInterval",
        "\"PT10S\"");
  }

  @Test
  void hb016_heartbeatAsLongAsStartToClose() {
    TestSource source =
        jobsWith(
            "  @AsyncCompletable(",
            "      startToClose = \"PT1H\",",
            "      heartbeat = \"PT1H\")");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB016] heartbeat = \"PT1H\" is not shorter than startToClose = \"PT1H\", so it would never"
            + " fire: make the heartbeat timeout shorter, or leave it empty",
        "heartbeat",
        "\"PT1H\"");
  }

  @Test
  void hb016_heartbeatLongerThanScheduleToClose() {
    TestSource source =
        jobsWith(
            "  @AsyncCompletable(",
            "      scheduleToClose = \"PT1H\",",
            "      heartbeat = \"PT2H\")");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB016] heartbeat = \"PT2H\" is not shorter than scheduleToClose = \"PT1H\", so it would"
            + " never fire: make the heartbeat timeout shorter, or leave it empty",
        "heartbeat",
        "\"PT2H\"");
  }

  @Test
  void hb017_scheduleToCloseShorterThanStartToClose() {
    TestSource source =
        jobsWith(
            "  @AsyncCompletable(",
            "      startToClose = \"PT2H\",",
            "      scheduleToClose = \"PT1H\")");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB017] scheduleToClose = \"PT1H\" is shorter than startToClose = \"PT2H\", so no attempt"
            + " could use its full time: make scheduleToClose at least startToClose, or leave one of"
            + " them empty",
        "scheduleToClose",
        "\"PT1H\"");
  }

  @Test
  void hb018_blankDoNotRetryEntry() {
    TestSource source =
        jobsWith(
            "  @AsyncCompletable(",
            "      startToClose = \"PT1H\",",
            "      retry = @Retry(doNotRetry = {\"com.example.Rejected\", \" \"}))");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB018] retry.doNotRetry has an empty error type: name an exception class such as"
            + " \"com.example.RejectedException\", or remove the entry",
        "doNotRetry",
        "\" \"");
  }

  @Test
  void hb018_singleEmptyDoNotRetryWithoutBraces() {
    TestSource source =
        jobsWith(
            "  @AsyncCompletable(",
            "      startToClose = \"PT1H\",",
            "      retry = @Retry(doNotRetry = \"\"))");
    TestSource.Compiled compilation = source.compile();

    source.assertOnlyError(
        compilation,
        "[HB018] retry.doNotRetry has an empty error type: name an exception class such as"
            + " \"com.example.RejectedException\", or remove the entry",
        "doNotRetry",
        "\"\"");
  }
}
