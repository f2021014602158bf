package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.e2e.SubmissionWorkflow.Step;
import dev.handback.runtime.ExternalResultSlot;
import dev.handback.testing.Awaiting;
import dev.handback.testing.ExternalParty;
import dev.handback.testing.Timeout;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timeout tests of {@code ExternalResultEndToEndTest} on the test kit: the inbox's timeout and
 * the polling's give-up time are taken from what Handback declared, and the clock is moved to just
 * before and just past each.
 */
class ExternalResultTimeoutsTest {
  private static final Document DOCUMENT = new Document("doc-9", "Quarterly figures");

  private SubmissionDesk desk;
  private ExternalParty external;

  @BeforeEach
  void startEnvironment() {
    desk = new SubmissionDesk();
    external = ExternalParty.of(desk.env);
  }

  @AfterEach
  void closeEnvironment() {
    desk.close();
  }

  private static void assertRunning(WorkflowStub workflow) {
    assertEquals(
        WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING, workflow.describe().getStatus());
  }

  @Test
  void noResultWithinTheTimeoutFailsTheWorkflow() {
    WorkflowStub workflow = desk.start(Step.ARCHIVE, "archive-timeout", DOCUMENT);
    Awaiting<Void> archive = external.awaiting(SubmissionActivities::archive, "archive-timeout");

    archive.advanceToJustBefore(Timeout.INBOX);
    assertRunning(workflow);
    archive.advanceJustPast(Timeout.INBOX);

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(Decision.class));
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals(ExternalResultSlot.TIMEOUT_TYPE, cause.getType());
    assertEquals(
        "No result for SubmissionActivities.archive arrived by signal 'archived' within PT1H (the"
            + " timeout of its @ExternalResult)",
        cause.getOriginalMessage());
  }

  @Test
  void pollingGivesUpAfterItsDeclaredTime() {
    desk.submissions.readyOnPoll = Integer.MAX_VALUE;
    WorkflowStub workflow = desk.start(Step.POLL, "poll-give-up", DOCUMENT);
    Awaiting<String> status =
        external.awaiting(SubmissionActivities::publicationStatus, "poll-give-up");

    status.advanceToJustBefore(Timeout.GIVE_UP);
    assertRunning(workflow);
    int pollsBefore = desk.submissions.polls.size();
    status.advanceJustPast(Timeout.GIVE_UP);

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(Decision.class));
    ActivityFailure activity = assertInstanceOf(ActivityFailure.class, failed.getCause());
    assertEquals(RetryState.RETRY_STATE_TIMEOUT, activity.getRetryState());
    // A day of polls every five minutes: 288 intervals, so 288 or 289 polls, the last ones after
    // "just before", which is one interval and a second before the day is over.
    int polls = desk.submissions.polls.size();
    assertTrue(polls == 288 || polls == 289, "polls: " + polls);
    assertTrue(polls - pollsBefore <= 2, "polls after just before: " + (polls - pollsBefore));
  }
}
