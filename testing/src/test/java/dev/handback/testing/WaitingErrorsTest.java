package dev.handback.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handback.testing.DeskActivities.Verdict;
import dev.handback.testing.DeskWorkflow.Step;
import io.temporal.activity.Activity;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the kit says when the workflow does not wait as the test expects: each message names what
 * was expected and what the workflow does instead. Activity ids, run ids and times are replaced by
 * placeholders before the comparison.
 */
class WaitingErrorsTest {
  private static final Duration SHORT = Duration.ofMillis(300);

  private DeskEnvironment desk;
  private ExternalParty external;

  private WorkflowStub start(DeskActivities activities, Step step, String workflowId) {
    desk = new DeskEnvironment(activities);
    external = ExternalParty.of(desk.env).withPatience(SHORT);
    return desk.start(step, workflowId);
  }

  @AfterEach
  void close() {
    desk.close();
  }

  @Test
  void aWrongMethodNamesTheHandOffThatWaitsInstead() {
    start(StandIn.of(DeskActivities.class), Step.REVIEW, "review-1");
    external.withPatience(Duration.ofSeconds(10)).awaiting(DeskActivities::review, "review-1");

    AssertionError error =
        assertThrows(
            AssertionError.class, () -> external.awaiting(DeskActivities::sign, "review-1"));

    assertEquals(
        "Expected DeskActivities.sign (@ExternalResult, activity type 'Desk_Sign') to wait for its"
            + " external party in workflow 'review-1' within PT0.3S, but workflow 'review-1'"
            + " (DeskWorkflow, run <id>) is running, waiting on activity Desk_Review (id <id>,"
            + " attempt 1, started); hand-offs of other methods in this run:"
            + " DeskActivities.review (activity <id>)",
        placeholders(error.getMessage()));
  }

  @Test
  void aWrongWorkflowNamesTheOpenOnes() {
    start(StandIn.of(DeskActivities.class), Step.REVIEW, "review-1");

    AssertionError error =
        assertThrows(
            AssertionError.class, () -> external.awaiting(DeskActivities::review, "review-2"));

    assertEquals(
        "Expected DeskActivities.review (@AsyncCompletable, activity type 'Desk_Review') to wait"
            + " for its external party in workflow 'review-2' within PT0.3S, but no workflow"
            + " 'review-2' was started in this test environment; open: 'review-1' (DeskWorkflow)",
        error.getMessage());
  }

  @Test
  void aWorkflowOnATimerIsReportedWithWhenItFires() {
    start(StandIn.of(DeskActivities.class), Step.REVIEW_TOMORROW, "review-1");

    AssertionError error =
        assertThrows(
            AssertionError.class, () -> external.awaiting(DeskActivities::review, "review-1"));

    assertEquals(
        "Expected DeskActivities.review (@AsyncCompletable, activity type 'Desk_Review') to wait"
            + " for its external party in workflow 'review-1' within PT0.3S, but workflow"
            + " 'review-1' (DeskWorkflow, run <id>) is running, waiting on a timer of PT24H that"
            + " fires at <time> (in <duration> of the test server's time) (the kit does not move"
            + " the clock while it waits: use ExternalParty.advance)",
        placeholders(error.getMessage()));
  }

  @Test
  void anImplementationThatDoesNotHandOffIsNamed() {
    DeskActivitiesImpl forgetful =
        new DeskActivitiesImpl() {
          @Override
          public Verdict review(String documentId) {
            Activity.getExecutionContext().doNotCompleteOnReturn();
            return null;
          }
        };
    start(forgetful, Step.REVIEW, "review-1");

    AssertionError error =
        assertThrows(
            AssertionError.class, () -> external.awaiting(DeskActivities::review, "review-1"));

    assertEquals(
        "Expected DeskActivities.review (@AsyncCompletable, activity type 'Desk_Review') to wait"
            + " for its external party in workflow 'review-1' within PT0.3S, but workflow"
            + " 'review-1' (DeskWorkflow, run <id>) is running, waiting on activity Desk_Review"
            + " (id <id>, attempt 1, started); activity <id> of type 'Desk_Review' is open but has"
            + " not handed off: its implementation must call DeskActivitiesAsync.review() (or"
            + " register StandIn.of(DeskActivities.class))",
        placeholders(error.getMessage()));
  }

  @Test
  void aWorkflowThatEndsFailsTheWaitAtOnceWithItsFailure() {
    start(StandIn.of(DeskActivities.class), Step.TITLE, "title-1");

    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                external
                    .withPatience(Duration.ofSeconds(10))
                    .awaiting(DeskActivities::review, "title-1"));

    assertEquals(
        "Expected DeskActivities.review (@AsyncCompletable, activity type 'Desk_Review') to wait"
            + " for its external party in workflow 'title-1' within PT10S, but workflow 'title-1'"
            + " (DeskWorkflow, run <id>) has failed: Activity task failed, caused by: The kit's"
            + " stand-in for DeskActivities plays only the methods annotated for Handback, and"
            + " title is not: give an implementation for the others with"
            + " StandIn.of(DeskActivities.class, implementation)",
        placeholders(error.getMessage()));
  }

  @Test
  void aMethodWithoutHandbackAnnotationIsRefused() {
    start(StandIn.of(DeskActivities.class), Step.REVIEW, "review-1");

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> external.awaiting(DeskActivities::title, "review-1"));

    assertEquals(
        "DeskActivities.title has no @AsyncCompletable, @ExternalResult or @Polled (on the method"
            + " or its interface), or was not compiled with handback-processor: the test kit knows"
            + " only the methods Handback generated code for",
        error.getMessage());
  }

  @Test
  void aLambdaIsRefused() {
    start(StandIn.of(DeskActivities.class), Step.REVIEW, "review-1");

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                external.awaiting(
                    (DeskActivities activities, String id) -> activities.review(id), "review-1"));

    assertEquals(
        "Name the activity method with a method reference to its interface, such as"
            + " ReviewActivities::requestReview; got a lambda",
        error.getMessage().substring(0, error.getMessage().indexOf(':', 100)));
  }

  @Test
  void aPollAnsweredByItsOwnImplementationCannotBeAnsweredByTheTest() {
    start(new DeskActivitiesImpl(), Step.PUBLISH, "publish-1");
    Awaiting<String> url =
        external
            .withPatience(Duration.ofSeconds(10))
            .awaiting(DeskActivities::publicationUrl, "publish-1");

    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> url.complete("https://example.com"));

    assertEquals(
        "DeskActivities.publicationUrl (@Polled, activity type 'Desk_PublicationUrl') is polled by"
            + " its own implementation in workflow 'publish-1', so only that implementation can"
            + " answer it: register StandIn.of(DeskActivities.class) for the test to answer its"
            + " polls",
        error.getMessage());
  }

  @Test
  void onlyAnAsyncCompletableMethodHeartbeats() {
    start(StandIn.of(DeskActivities.class), Step.SIGN, "sign-1");
    Awaiting<Verdict> signature =
        external.withPatience(Duration.ofSeconds(10)).awaiting(DeskActivities::sign, "sign-1");

    UnsupportedOperationException error =
        assertThrows(UnsupportedOperationException.class, () -> signature.heartbeat("page 1"));

    assertEquals(
        "DeskActivities.sign (@ExternalResult, activity type 'Desk_Sign') has no heartbeat: only"
            + " @AsyncCompletable methods do",
        error.getMessage());
  }

  @Test
  void aTimeoutOfAnotherPathIsRefused() {
    start(StandIn.of(DeskActivities.class), Step.SIGN, "sign-1");
    Awaiting<Verdict> signature =
        external.withPatience(Duration.ofSeconds(10)).awaiting(DeskActivities::sign, "sign-1");

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> signature.advanceJustPast(Timeout.START_TO_CLOSE));

    assertEquals(
        "DeskActivities.sign (@ExternalResult, activity type 'Desk_Sign') has no start-to-close"
            + " timeout to move to; its own are [inbox]",
        error.getMessage());
  }

  /** Replaces ids, instants and durations, which differ from run to run. */
  static String placeholders(String message) {
    return message
        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>")
        .replaceAll("in PT[0-9HMS.]+ of", "in <duration> of");
  }
}
