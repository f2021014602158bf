package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.e2e.SubmissionActivitiesCompleter.ArchiveHandle;
import dev.handback.e2e.SubmissionActivitiesCompleter.SubmitForReviewHandle;
import dev.handback.e2e.SubmissionWorkflow.Step;
import dev.handback.runtime.NoLongerWaitingException;
import dev.handback.runtime.NotReadyYetException;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.WorkflowNoLongerWaitingException;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code @ExternalResult} and {@code @Polled} paths on Temporal's in-process test server with
 * time skipping: the workflow runs the activity through the generated stub and waits in the
 * generated inbox; the simulated external system replies through the generated completer.
 */
class ExternalResultEndToEndTest {
  private static final Document DOCUMENT = new Document("doc-9", "Quarterly figures");
  private static final Decision APPROVED = new Decision(true, "ada", "ship it");
  private static final Decision REJECTED = new Decision(false, "bob", "no");

  private SubmissionDesk desk;
  private WorkflowClient client;
  private SubmissionActivitiesImpl activities;
  private SubmissionActivitiesCompleter completer;

  @BeforeEach
  void startEnvironment() {
    desk = new SubmissionDesk();
    client = desk.client;
    activities = desk.submissions;
    completer = new SubmissionActivitiesCompleter(client);
  }

  @AfterEach
  void closeEnvironment() {
    desk.close();
  }

  private WorkflowStub start(Step step, String workflowId) {
    return desk.start(step, workflowId, DOCUMENT);
  }

  private static void fromExternalSystem(Runnable reply) {
    CompletableFuture.runAsync(reply).join();
  }

  @Test
  void resultArrivesBySignalAndTheActivityCompletedAtOnce() throws Exception {
    WorkflowStub workflow = start(Step.SUBMIT, "submit-complete");
    HandOff handOff = activities.outbox.next();

    assertTrue(handOff.handle().startsWith("hb1.SubmissionActivities.submitForReview.s."));
    assertEquals(
        Duration.ofMinutes(1), handOff.startToClose(), "the path's default start-to-close");
    fromExternalSystem(
        () ->
            completer
                .submitForReview(SubmitForReviewHandle.parse(handOff.handle()))
                .complete(APPROVED));

    assertEquals(APPROVED, workflow.getResult(Decision.class));
  }

  @Test
  void theHandleNamesTheWorkflowRunAndTheDefaultSignal() throws Exception {
    WorkflowStub workflow = start(Step.SUBMIT, "submit-address");
    HandOff handOff = activities.outbox.next();

    ReplyAddress.SignalAddress address =
        (ReplyAddress.SignalAddress) SubmitForReviewHandle.parse(handOff.handle()).address();
    assertEquals("submit-address", address.workflowId());
    assertEquals(workflow.getExecution().getRunId(), address.runId());
    assertEquals("Submit_SubmitForReviewResult", address.signalName());
    assertEquals(
        "Submit_SubmitForReviewResult", SubmissionActivitiesSignals.SUBMIT_FOR_REVIEW_SIGNAL);
    assertEquals("archived", SubmissionActivitiesSignals.ARCHIVE_SIGNAL);
    workflow.terminate("done");
  }

  @Test
  void aWorkerThatDiesBeforeNotifyingIsRetriedWithinItsMinute() throws Exception {
    activities.firstSubmitDies = true;
    WorkflowStub workflow = start(Step.SUBMIT, "submit-worker-dies");

    // The first attempt never notified anyone; only the retry reaches the external system. The
    // test server does not skip time while an activity attempt is open, so this takes a real
    // minute: the path's whole point is that the loss costs a minute, not the week of the wait.
    HandOff handOff = activities.outbox.next(Duration.ofSeconds(120));
    assertEquals(2, handOff.attempt());
    List<Instant> attempts = activities.submitAttempts;
    assertEquals(2, attempts.size());
    Duration gap = Duration.between(attempts.get(0), attempts.get(1));
    // Start-to-close of one minute plus the retry's initial interval of one second; on the
    // asynchronous-completion path the same loss would be noticed only after the whole wait.
    assertTrue(
        gap.compareTo(Duration.ofMinutes(1)) >= 0 && gap.compareTo(Duration.ofSeconds(70)) <= 0,
        "the retry came " + gap + " after the first attempt");

    fromExternalSystem(
        () ->
            completer
                .submitForReview(SubmitForReviewHandle.parse(handOff.handle()))
                .complete(APPROVED));
    assertEquals(APPROVED, workflow.getResult(Decision.class));
  }

  @Test
  void aResultThatArrivesBeforeTheWorkflowWaitsIsKept() throws Exception {
    WorkflowStub workflow = start(Step.SUBMIT_THEN_WAIT_LATER, "submit-early");
    HandOff handOff = activities.outbox.next();

    fromExternalSystem(
        () ->
            completer
                .submitForReview(SubmitForReviewHandle.parse(handOff.handle()))
                .complete(APPROVED));

    assertEquals(APPROVED, workflow.getResult(Decision.class));
  }

  @Test
  void theFirstDeliveryWinsAndDuplicatesAreIgnored() throws Exception {
    WorkflowStub workflow = start(Step.SUBMIT_THEN_WAIT_LATER, "submit-duplicate");
    HandOff handOff = activities.outbox.next();
    SubmitForReviewHandle handle = SubmitForReviewHandle.parse(handOff.handle());

    fromExternalSystem(() -> completer.submitForReview(handle).complete(APPROVED));
    fromExternalSystem(() -> completer.submitForReview(handle).complete(REJECTED));
    fromExternalSystem(
        () -> completer.submitForReview(handle).fail(new ReviewRejected("changed my mind")));

    assertEquals(APPROVED, workflow.getResult(Decision.class));
  }

  @Test
  void aDeliveredFailureFailsTheWorkflowWithItsTypeAndMessage() throws Exception {
    WorkflowStub workflow = start(Step.SUBMIT, "submit-fail");
    HandOff handOff = activities.outbox.next();

    fromExternalSystem(
        () ->
            completer
                .submitForReview(SubmitForReviewHandle.parse(handOff.handle()))
                .fail(new ReviewRejected("figures do not add up")));

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(Decision.class));
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals(ReviewRejected.class.getName(), cause.getType());
    assertEquals("figures do not add up", cause.getOriginalMessage());
  }

  @Test
  void aVoidMethodCompletesWithoutAResult() throws Exception {
    WorkflowStub workflow = start(Step.ARCHIVE, "archive-complete");
    HandOff handOff = activities.outbox.next();

    fromExternalSystem(() -> completer.archive(ArchiveHandle.parse(handOff.handle())).complete());

    assertEquals(new Decision(true, "archive", "archived"), workflow.getResult(Decision.class));
  }

  @Test
  void aResultForAClosedWorkflowIsRefusedAsNoLongerWaiting() throws Exception {
    WorkflowStub workflow = start(Step.ARCHIVE, "archive-closed");
    HandOff handOff = activities.outbox.next();
    workflow.terminate("closed before the reply");

    WorkflowNoLongerWaitingException thrown =
        assertThrows(
            WorkflowNoLongerWaitingException.class,
            () -> completer.archive(ArchiveHandle.parse(handOff.handle())).complete());
    assertInstanceOf(NoLongerWaitingException.class, thrown);
    assertTrue(thrown.getMessage().contains("archive-closed"), thrown.getMessage());
  }

  @Test
  void aPartyThatKnowsOnlyTheWorkflowIdCanDeliver() throws Exception {
    WorkflowStub workflow = start(Step.SUBMIT, "submit-by-id");
    activities.outbox.next();

    fromExternalSystem(
        () ->
            completer
                .submitForReview(SubmitForReviewHandle.forWorkflow("submit-by-id", null))
                .complete(APPROVED));

    assertEquals(APPROVED, workflow.getResult(Decision.class));
  }

  @Test
  void heartbeatDoesNotExistOnASignalHandleThatReachesAnAsyncCompletionReply() throws Exception {
    WorkflowStub workflow = start(Step.SUBMIT, "submit-heartbeat");
    HandOff handOff = activities.outbox.next();
    // A completion reply can carry a signal handle when a method moved back to @AsyncCompletable.
    var reply =
        dev.handback.internal.DeliveringReply.<Decision>to(
            dev.handback.internal.CompletionChannel.of(client),
            SubmitForReviewHandle.parse(handOff.handle()),
            SubmissionActivitiesOptions.SUBMIT_FOR_REVIEW);

    UnsupportedOperationException thrown =
        assertThrows(UnsupportedOperationException.class, reply::heartbeat);
    assertTrue(thrown.getMessage().contains("by signal"), thrown.getMessage());
    reply.complete(APPROVED);
    assertEquals(APPROVED, workflow.getResult(Decision.class));
  }

  @Test
  void aWorkflowInterfaceThatExtendsTheSignalsIsSignalledThroughATypedStub() throws Exception {
    TypedSubmissionWorkflow workflow =
        client.newWorkflowStub(TypedSubmissionWorkflow.class, desk.options("submit-typed"));
    WorkflowClient.start(workflow::run, DOCUMENT);
    HandOff handOff = activities.outbox.next();

    TypedSubmissionWorkflow byId =
        client.newWorkflowStub(TypedSubmissionWorkflow.class, "submit-typed");
    byId.submitForReviewResult(dev.handback.runtime.ExternalOutcome.success(APPROVED));
    // The completer's signal reaches the same handler; the first outcome wins. The workflow may
    // already have finished with it, and then the late signal finds nobody waiting.
    try {
      completer.submitForReview(SubmitForReviewHandle.parse(handOff.handle())).complete(REJECTED);
    } catch (dev.handback.runtime.WorkflowNoLongerWaitingException finishedFirst) {
      assertTrue(finishedFirst.getMessage().contains("is no longer waiting"));
    }

    assertEquals(APPROVED, WorkflowStub.fromTyped(workflow).getResult(Decision.class));
  }

  @Test
  void aPolledActivityIsRetriedOnItsFixedIntervalUntilReady() {
    activities.readyOnPoll = 5;
    WorkflowStub workflow = start(Step.POLL, "poll-ready");

    Decision decision = workflow.getResult(Decision.class);

    assertEquals("published on poll 5", decision.comment());
    List<Instant> polls = activities.polls;
    assertEquals(5, polls.size());
    for (int i = 1; i < polls.size(); i++) {
      Duration gap = Duration.between(polls.get(i - 1), polls.get(i));
      assertTrue(
          gap.compareTo(Duration.ofMinutes(5)) >= 0
              && gap.compareTo(Duration.ofMinutes(5).plusSeconds(5)) <= 0,
          "poll " + (i + 1) + " came " + gap + " after the one before");
    }
  }

  @Test
  void aRealErrorEndsThePollingAtOnce() {
    activities.readyOnPoll = 10;
    activities.rejectOnPoll = 2;
    WorkflowStub workflow = start(Step.POLL, "poll-rejected");

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(Decision.class));

    ActivityFailure activityFailure = assertInstanceOf(ActivityFailure.class, failed.getCause());
    ApplicationFailure cause =
        assertInstanceOf(ApplicationFailure.class, activityFailure.getCause());
    assertEquals(ReviewRejected.class.getName(), cause.getType());
    assertEquals(2, activities.polls.size());
  }

  @Test
  void pollingGivesUpAfterItsDeclaredTime() {
    activities.readyOnPoll = Integer.MAX_VALUE;
    WorkflowStub workflow = start(Step.POLL, "poll-give-up");

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(Decision.class));

    ActivityFailure activityFailure = assertInstanceOf(ActivityFailure.class, failed.getCause());
    assertEquals(RetryState.RETRY_STATE_TIMEOUT, activityFailure.getRetryState());
    // The last poll's failure, as the retry policy saw it: retryable, of NotReadyYetException's
    // type.
    ApplicationFailure lastPoll =
        assertInstanceOf(ApplicationFailure.class, activityFailure.getCause());
    assertEquals(NotReadyYetException.TYPE, lastPoll.getType());
    assertEquals(NotReadyYetException.class.getName(), lastPoll.getType());
    assertEquals("document doc-9 is not published yet", lastPoll.getOriginalMessage());
    assertFalse(lastPoll.isNonRetryable());
    // One day of polls every five minutes: 288 intervals, so at most 289 polls.
    assertTrue(
        activities.polls.size() > 250 && activities.polls.size() <= 289,
        "polls: " + activities.polls.size());
  }
}
