package dev.handback.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.runtime.ExternalResultSlot;
import dev.handback.testing.DeskActivities.Verdict;
import dev.handback.testing.DeskWorkflow.Step;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.api.enums.v1.TimeoutType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.Functions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The clock moved to just before and just past each timeout Handback declared, on the test server
 * with time skipping: the method still waits before, Temporal (or the inbox) acts on the timeout
 * after. Each crosses hours or days in well under a second.
 */
class TimeTravelTest {
  private static final Verdict APPROVED = new Verdict(true, "ada");

  private DeskEnvironment desk;
  private ExternalParty external;

  private WorkflowStub start(Step step, String workflowId) {
    desk = new DeskEnvironment(StandIn.of(DeskActivities.class));
    external = ExternalParty.of(desk.env);
    return desk.start(step, workflowId);
  }

  @AfterEach
  void close() {
    desk.close();
  }

  private int attemptWaiting(Functions.Func2<DeskActivities, String, Verdict> method, String id) {
    return external.awaiting(method, id).handOff().orElseThrow().attempt();
  }

  /** The clock stands less than a second before {@code deadline} (it runs on in real time). */
  private void assertJustBefore(Instant deadline) {
    Duration left = Duration.between(Instant.ofEpochMilli(desk.env.currentTimeMillis()), deadline);
    assertTrue(
        left.compareTo(Duration.ZERO) > 0 && left.compareTo(Duration.ofSeconds(1)) <= 0,
        "left: " + left);
  }

  private void assertRunning(WorkflowStub workflow) {
    assertEquals(
        WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING, workflow.describe().getStatus());
  }

  @Test
  void startToCloseEndsTheAttemptAndTheRetryHandsOffAgain() {
    WorkflowStub workflow = start(Step.CONFIRM, "confirm-1");
    Awaiting<Verdict> first = external.awaiting(DeskActivities::confirm, "confirm-1");
    Instant deadline = first.deadline(Timeout.START_TO_CLOSE);

    first.advanceToJustBefore(Timeout.START_TO_CLOSE);
    assertJustBefore(deadline);
    assertEquals(1, attemptWaiting(DeskActivities::confirm, "confirm-1"));
    first.advanceJustPast(Timeout.START_TO_CLOSE);

    Awaiting<Verdict> second = external.awaiting(DeskActivities::confirm, "confirm-1");
    assertEquals(2, second.handOff().orElseThrow().attempt());
    second.complete(APPROVED);
    assertEquals("approved by ada", workflow.getResult(String.class));
  }

  @Test
  void heartbeatsMoveTheHeartbeatTimeoutUntilTheyStop() {
    WorkflowStub workflow = start(Step.REVIEW, "review-heartbeat");
    Awaiting<Verdict> review = external.awaiting(DeskActivities::review, "review-heartbeat");

    for (int hour = 0; hour < 3; hour++) {
      review.advanceToJustBefore(Timeout.HEARTBEAT);
      assertJustBefore(review.deadline(Timeout.HEARTBEAT));
      review.heartbeat("page " + hour);
    }
    assertEquals(1, attemptWaiting(DeskActivities::review, "review-heartbeat"));
    review.advanceJustPast(Timeout.HEARTBEAT);

    Awaiting<Verdict> retried = external.awaiting(DeskActivities::review, "review-heartbeat");
    assertEquals(2, retried.handOff().orElseThrow().attempt());
    retried.complete(APPROVED);
    assertEquals("approved by ada", workflow.getResult(String.class));
  }

  @Test
  void scheduleToCloseEndsTheActivity() {
    WorkflowStub workflow = start(Step.EXPEDITE, "expedite-1");
    Awaiting<Verdict> rush = external.awaiting(DeskActivities::expedite, "expedite-1");

    rush.advanceToJustBefore(Timeout.SCHEDULE_TO_CLOSE);
    assertJustBefore(rush.deadline(Timeout.SCHEDULE_TO_CLOSE));
    assertRunning(workflow);
    rush.advanceJustPast(Timeout.SCHEDULE_TO_CLOSE);

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(String.class));
    // With only schedule-to-close declared, Temporal records a start-to-close of the same length,
    // and the test server reports whichever of the two fires first.
    TimeoutFailure timeout = assertInstanceOf(TimeoutFailure.class, failed.getCause().getCause());
    assertTrue(
        timeout.getTimeoutType() == TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_CLOSE
            || timeout.getTimeoutType() == TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE,
        timeout.getTimeoutType().toString());
  }

  @Test
  void theInboxGivesUpAfterItsTimeout() {
    WorkflowStub workflow = start(Step.SIGN, "sign-late");
    Awaiting<Verdict> signature = external.awaiting(DeskActivities::sign, "sign-late");

    signature.advanceToJustBefore(Timeout.INBOX);
    assertJustBefore(signature.deadline(Timeout.INBOX));
    assertRunning(workflow);
    signature.advanceJustPast(Timeout.INBOX);

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(String.class));
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals(ExternalResultSlot.TIMEOUT_TYPE, cause.getType());
  }

  @Test
  void justBeforeTheInboxTimeoutAReplyStillArrives() {
    WorkflowStub workflow = start(Step.SIGN, "sign-in-time");
    Awaiting<Verdict> signature = external.awaiting(DeskActivities::sign, "sign-in-time");

    signature.advanceToJustBefore(Timeout.INBOX);
    signature.complete(APPROVED);

    assertEquals("approved by ada", workflow.getResult(String.class));
  }

  @Test
  void pollingGivesUpAfterItsDeclaredTime() {
    WorkflowStub workflow = start(Step.PUBLISH, "publish-never");
    Awaiting<String> url = external.awaiting(DeskActivities::publicationUrl, "publish-never");

    url.advanceToJustBefore(Timeout.GIVE_UP);
    assertRunning(workflow);
    url.advanceJustPast(Timeout.GIVE_UP);

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(String.class));
    ActivityFailure activity = assertInstanceOf(ActivityFailure.class, failed.getCause());
    assertEquals(RetryState.RETRY_STATE_TIMEOUT, activity.getRetryState());
  }

  @Test
  void advanceMovesTheClockWhileAnActivityWaits() {
    start(Step.REVIEW, "review-advance");
    Awaiting<Verdict> review = external.awaiting(DeskActivities::review, "review-advance");
    long before = desk.env.currentTimeMillis();

    external.advance(Duration.ofMinutes(50));

    assertEquals(Duration.ofMinutes(50).toMillis(), desk.env.currentTimeMillis() - before, 1000);
    review.complete(APPROVED);
  }
}
