package dev.handback.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.runtime.ReplyAddress;
import dev.handback.testing.DeskActivities.Verdict;
import dev.handback.testing.DeskActivitiesCompleter.ReviewHandle;
import dev.handback.testing.DeskActivitiesCompleter.SignHandle;
import dev.handback.testing.DeskWorkflow.Step;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the kit shows of what happened: the handles handed out, the reply Temporal recorded, and the
 * options the activity was scheduled with, compared to {@code FooOptions}.
 */
class RecordedAssertionsTest {
  private static final Verdict APPROVED = new Verdict(true, "ada");
  private static final Verdict REJECTED = new Verdict(false, "bob");

  private final DeskActivitiesImpl activities = new DeskActivitiesImpl();
  private DeskEnvironment desk;
  private ExternalParty external;
  private DeskActivitiesCompleter completer;

  private WorkflowStub start(Step step, String workflowId) {
    desk = new DeskEnvironment(activities);
    external = ExternalParty.of(desk.env);
    completer = new DeskActivitiesCompleter(desk.env.getWorkflowClient());
    return desk.start(step, workflowId);
  }

  @AfterEach
  void close() {
    desk.close();
  }

  @Test
  void theHandlesHandedOutAreTheOnesTheExternalSystemGot() {
    start(Step.REVIEW, "review-1");
    Awaiting<Verdict> review = external.awaiting(DeskActivities::review, "review-1");

    List<HandOff> handOffs = external.handOffs("review-1");

    assertEquals(1, handOffs.size());
    HandOff handOff = handOffs.get(0);
    assertEquals(review.handOff().orElseThrow(), handOff);
    assertEquals(activities.sent, List.of(handOff.encoded()));
    assertEquals(ReviewHandle.parse(activities.sent.get(0)), handOff.handle(ReviewHandle.class));
    assertEquals("Desk_Review", handOff.activityType());
    assertEquals(review.runId(), handOff.runId());
    assertEquals(review.activityId(), handOff.activityId());
    ReplyAddress.ActivityId ids =
        assertInstanceOf(ReplyAddress.ActivityId.class, handOff.address());
    assertEquals(review.activityId(), ids.activityId());
    assertTrue(handOff.completesTheActivity());
    IllegalArgumentException wrongType =
        assertThrows(IllegalArgumentException.class, () -> handOff.handle(SignHandle.class));
    assertEquals(
        "This hand-off was made by DeskActivities.review, not by DeskActivities.sign: ask for it"
            + " with the handle type of DeskActivities.review",
        wrongType.getMessage());
    assertEquals(List.of(), external.handOffs("review-2"));
  }

  @Test
  void theReplyOfTheExternalSystemIsRecordedOnce() {
    WorkflowStub workflow = start(Step.REVIEW, "review-1");
    Awaiting<Verdict> review = external.awaiting(DeskActivities::review, "review-1");

    completer.review(ReviewHandle.parse(activities.sent.get(0))).complete(APPROVED);

    assertEquals(APPROVED, review.assertCompletedOnce());
    assertEquals("approved by ada", workflow.getResult(String.class));
  }

  @Test
  void aDeliveryAfterTheWorkflowTookTheResultIsRefused() {
    WorkflowStub workflow = start(Step.SIGN, "sign-1");
    Awaiting<Verdict> signature = external.awaiting(DeskActivities::sign, "sign-1");
    SignHandle handle = SignHandle.parse(activities.sent.get(0));

    completer.sign(handle).complete(APPROVED);
    assertEquals(APPROVED, signature.assertCompletedOnce());
    assertEquals("approved by ada", workflow.getResult(String.class));
    // The workflow has completed: a second delivery finds nobody waiting.
    assertThrows(
        dev.handback.runtime.WorkflowNoLongerWaitingException.class,
        () -> completer.sign(handle).complete(REJECTED));
  }

  @Test
  void aSecondDeliveryWhileTheWorkflowStillRunsIsCountedAndReported() {
    desk = new DeskEnvironment(activities);
    external = ExternalParty.of(desk.env);
    completer = new DeskActivitiesCompleter(desk.env.getWorkflowClient());
    WorkflowStub workflow = desk.start(Step.SIGN_THEN_FILE, "sign-2");
    Awaiting<Verdict> signature = external.awaiting(DeskActivities::sign, "sign-2");
    SignHandle handle = SignHandle.parse(activities.sent.get(0));
    // The workflow runs on for an hour after it took the first, so the second reaches it too,
    // however quickly the worker takes the first.
    workflow.signal(
        DeskActivitiesSignals.SIGN_SIGNAL, dev.handback.runtime.ExternalOutcome.success(APPROVED));
    completer.sign(handle).complete(REJECTED);

    AssertionError twice = assertThrows(AssertionError.class, signature::assertCompletedOnce);

    assertEquals(
        "The result of DeskActivities.sign reached workflow 'sign-2' 2 times by signal"
            + " 'Desk_SignResult'; the inbox kept the first",
        twice.getMessage());
    assertEquals("approved by ada", workflow.getResult(String.class));
  }

  @Test
  void aFailedActivityIsNotACompletion() {
    WorkflowStub workflow = start(Step.REVIEW, "review-1");
    Awaiting<Verdict> review = external.awaiting(DeskActivities::review, "review-1");

    review.fail(ApplicationFailure.newNonRetryableFailure("desk closed", "DeskClosed"));

    AssertionError failed = assertThrows(AssertionError.class, review::assertCompletedOnce);
    assertEquals(
        "The activity "
            + review.activityId()
            + " of DeskActivities.review in workflow 'review-1' was not completed: it ended with"
            + " ACTIVITY_TASK_FAILED",
        failed.getMessage());
    assertThrows(WorkflowFailedException.class, () -> workflow.getResult(String.class));
  }

  @Test
  void anAttemptRetriedWithoutACompletionIsReported() {
    start(Step.REVIEW, "review-1");
    Awaiting<Verdict> review = external.awaiting(DeskActivities::review, "review-1");

    review.advanceJustPast(Timeout.HEARTBEAT);

    AssertionError retried = assertThrows(AssertionError.class, review::assertCompletedOnce);
    assertEquals(
        "Attempt 1 of activity "
            + review.activityId()
            + " of DeskActivities.review in workflow 'review-1' ended without being completed:"
            + " Temporal retries it as attempt 2 (last failure: heartbeat timeout)",
        retried.getMessage());
  }

  @Test
  void noReplyWithinThePatienceIsReported() {
    start(Step.REVIEW, "review-1");
    Awaiting<Verdict> review =
        external.withPatience(Duration.ofMillis(200)).awaiting(DeskActivities::review, "review-1");

    AssertionError none = assertThrows(AssertionError.class, review::assertCompletedOnce);

    assertEquals(
        "No reply reached DeskActivities.review (@AsyncCompletable, activity type 'Desk_Review')"
            + " in workflow 'review-1' within PT0.2S: workflow 'review-1' (DeskWorkflow, run <id>)"
            + " is running, waiting on activity Desk_Review (id <id>, attempt 1, started)",
        WaitingErrorsTest.placeholders(none.getMessage()));
  }

  @Test
  void theDeclaredOptionsAreTheRecordedOnes() {
    start(Step.REVIEW, "review-1");
    Awaiting<Verdict> review = external.awaiting(DeskActivities::review, "review-1");

    review.assertScheduledAsDeclared();

    ScheduledOptions recorded = review.scheduledOptions();
    assertEquals("Desk_Review", recorded.activityType());
    assertEquals(DeskEnvironment.QUEUE, recorded.taskQueue());
    assertEquals(Duration.ofDays(7), recorded.startToClose());
    assertEquals(Duration.ofHours(1), recorded.heartbeat());
    assertEquals(Duration.ofDays(10), recorded.scheduleToClose());
    assertEquals(3, recorded.retry().getMaximumAttempts());
    assertEquals(Duration.ofSeconds(1), recorded.retry().getInitialInterval());
  }

  @Test
  void optionsThatDifferFromTheDeclaredOnesAreNamed() {
    start(Step.REVIEW_WITH_OTHER_OPTIONS, "review-1");
    Awaiting<Verdict> review = external.awaiting(DeskActivities::review, "review-1");

    AssertionError differ = assertThrows(AssertionError.class, review::assertScheduledAsDeclared);

    assertEquals(
        "DeskActivities.review in workflow 'review-1' was scheduled with other options than"
            + " DeskActivitiesOptions.review() declares: start-to-close PT2H (declared PT168H);"
            + " schedule-to-close PT87600H (declared PT240H); heartbeat PT0S (declared PT1H); retry"
            + " maximum attempts 0 (declared 3). Schedule it through DeskActivitiesOptions.newStub(),"
            + " or with DeskActivitiesOptions.review()",
        differ.getMessage());
  }
}
