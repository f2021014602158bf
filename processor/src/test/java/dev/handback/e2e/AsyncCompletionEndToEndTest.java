package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.e2e.ReviewActivitiesCompleter.AskBusyDeskHandle;
import dev.handback.e2e.ReviewActivitiesCompleter.AwaitSignatureHandle;
import dev.handback.e2e.ReviewActivitiesCompleter.QuickCheckHandle;
import dev.handback.e2e.ReviewActivitiesCompleter.RequestApprovalHandle;
import dev.handback.e2e.ReviewActivitiesCompleter.RequestReviewHandle;
import dev.handback.e2e.ReviewWorkflow.Step;
import dev.handback.runtime.ActivityCancellationRequestedException;
import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.HandleForOtherMethodException;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole path of an {@code @AsyncCompletable} activity on Temporal's in-process test server: the
 * workflow calls it through the generated stub, the implementation hands the encoded handle to a
 * simulated external system, and that system replies through the generated completer. A fresh
 * environment per test, since a cancelled workflow can leave time skipping locked.
 */
class AsyncCompletionEndToEndTest {
  private static final String QUEUE = "reviews";
  private static final Document DOCUMENT = new Document("doc-7", "Annual report");
  private static final Decision APPROVED = new Decision(true, "ada", "ship it");

  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private ReviewActivitiesImpl activities;
  private ReviewActivitiesCompleter completer;

  @BeforeEach
  void startEnvironment() {
    env = TestWorkflowEnvironment.newInstance();
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(ReviewWorkflow.Impl.class);
    activities = new ReviewActivitiesImpl();
    worker.registerActivitiesImplementations(activities);
    env.start();
    client = env.getWorkflowClient();
    completer = new ReviewActivitiesCompleter(client);
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  private WorkflowStub start(Step step, String workflowId) {
    ReviewWorkflow workflow =
        client.newWorkflowStub(
            ReviewWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(workflowId).build());
    WorkflowClient.start(workflow::run, step, DOCUMENT);
    return WorkflowStub.fromTyped(workflow);
  }

  /** Runs {@code reply} on another thread, as the external system would, and waits for it. */
  private static void fromExternalSystem(Runnable reply) {
    CompletableFuture.runAsync(reply).join();
  }

  @Test
  void externalSystemCompletesWithTypedResult() throws Exception {
    WorkflowStub workflow = start(Step.REVIEW, "review-complete");
    HandOff handOff = activities.outbox.next();

    fromExternalSystem(
        () ->
            completer
                .requestReview(RequestReviewHandle.parse(handOff.handle()))
                .complete(APPROVED));

    assertEquals(APPROVED, workflow.getResult(Decision.class));
  }

  @Test
  void failureReachesWorkflowWithItsMessage() throws Exception {
    WorkflowStub workflow = start(Step.REVIEW, "review-fail");
    HandOff handOff = activities.outbox.next();

    fromExternalSystem(
        () ->
            completer
                .requestReview(RequestReviewHandle.parse(handOff.handle()))
                .fail(new ReviewRejected("figures do not add up")));

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(Decision.class));
    ActivityFailure activityFailure = assertInstanceOf(ActivityFailure.class, failed.getCause());
    ApplicationFailure cause =
        assertInstanceOf(ApplicationFailure.class, activityFailure.getCause());
    assertEquals(ReviewRejected.class.getName(), cause.getType());
    assertEquals("figures do not add up", cause.getOriginalMessage());
    assertTrue(activities.outbox.isEmpty(), "a non-retryable failure was retried");
  }

  /**
   * The approver's "no", with Temporal's default retry policy of unlimited attempts, is final as on
   * the signal path: the workflow sees it once, with its type and message, and the implementation
   * does not run again to ask anew.
   */
  @Test
  void aFailureIsFinalDespiteUnlimitedRetries() throws Exception {
    WorkflowStub workflow = start(Step.APPROVAL, "approval-fail");
    HandOff handOff = activities.outbox.next();

    fromExternalSystem(
        () ->
            completer
                .requestApproval(RequestApprovalHandle.parse(handOff.handle()))
                .fail(new IllegalStateException("not approved")));

    assertFailedOnce(workflow, IllegalStateException.class.getName(), "not approved");
  }

  @Test
  void aFailureByWorkflowIdAndActivityIdIsFinalToo() throws Exception {
    WorkflowStub workflow = start(Step.APPROVAL, "approval-fail-by-id");
    HandOff handOff = activities.outbox.next();

    fromExternalSystem(
        () ->
            completer
                .requestApproval(handOff.workflowId(), handOff.activityId())
                .fail(new IllegalStateException("not approved")));

    assertFailedOnce(workflow, IllegalStateException.class.getName(), "not approved");
  }

  @Test
  void aMethodThatAsksForRetriesRunsAgainAndItsRetryHandsOutTheSameHandle() throws Exception {
    WorkflowStub workflow = start(Step.BUSY_DESK, "busy-desk-retried");
    HandOff first = activities.outbox.next();

    fromExternalSystem(
        () ->
            completer
                .askBusyDesk(AskBusyDeskHandle.parse(first.handle()))
                .fail(new IllegalStateException("desk busy")));
    HandOff second = activities.outbox.next();
    fromExternalSystem(
        () -> completer.askBusyDesk(AskBusyDeskHandle.parse(second.handle())).complete(APPROVED));

    assertEquals(APPROVED, workflow.getResult(Decision.class));
    assertEquals(List.of(1, 2), List.of(first.attempt(), second.attempt()));
    assertEquals(first.handle(), second.handle(), "a handle by ids is the same for every attempt");
  }

  @Test
  void aMethodThatAsksForRetriesStillEndsAtWhatItsPolicyDoesNotRetry() throws Exception {
    WorkflowStub workflow = start(Step.BUSY_DESK, "busy-desk-rejected");
    HandOff handOff = activities.outbox.next();

    fromExternalSystem(
        () ->
            completer
                .askBusyDesk(AskBusyDeskHandle.parse(handOff.handle()))
                .fail(new ReviewRejected("figures do not add up")));

    assertFailedOnce(workflow, ReviewRejected.class.getName(), "figures do not add up");
  }

  /**
   * The workflow failed with the activity's one failure of {@code type} and {@code message}, not
   * retried: no attempt after the first, no new hand-off, one failure in the history.
   */
  private void assertFailedOnce(WorkflowStub workflow, String type, String message) {
    WorkflowFailedException failed =
        assertThrows(
            WorkflowFailedException.class,
            () -> workflow.getResult(2, TimeUnit.MINUTES, Decision.class),
            "the workflow did not end: the failure was retried");
    ActivityFailure activityFailure = assertInstanceOf(ActivityFailure.class, failed.getCause());
    assertEquals(RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE, activityFailure.getRetryState());
    ApplicationFailure cause =
        assertInstanceOf(ApplicationFailure.class, activityFailure.getCause());
    assertEquals(type, cause.getType());
    assertEquals(message, cause.getOriginalMessage());
    assertTrue(activities.outbox.isEmpty(), "the implementation ran again and asked anew");
    List<HistoryEvent> history =
        client.fetchHistory(workflow.getExecution().getWorkflowId()).getEvents();
    assertEquals(
        List.of(1),
        history.stream()
            .filter(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED)
            .map(event -> event.getActivityTaskStartedEventAttributes().getAttempt())
            .toList());
    assertEquals(
        1,
        history.stream()
            .filter(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED)
            .count());
  }

  @Test
  void withoutHeartbeatsTheActivityTimesOutAndIsRetriedWithANewHandle() throws Exception {
    WorkflowStub workflow = start(Step.QUICK_CHECK, "check-retry");
    HandOff first = activities.outbox.next();
    HandOff second = activities.outbox.next();

    assertEquals(1, first.attempt());
    assertEquals(2, second.attempt());
    QuickCheckHandle stale = QuickCheckHandle.parse(first.handle());
    ActivityNoLongerWaitingException gone =
        assertThrows(
            ActivityNoLongerWaitingException.class,
            () -> completer.quickCheck(stale).complete(APPROVED));
    assertTrue(
        gone.getMessage().startsWith("The activity ReviewActivities.quickCheck (task token "));
    fromExternalSystem(
        () -> completer.quickCheck(QuickCheckHandle.parse(second.handle())).complete(APPROVED));
    assertEquals(APPROVED, workflow.getResult(Decision.class));
  }

  @Test
  void cancellationReachesTheExternalHeartbeatAndEndsAsCancelled() throws Exception {
    WorkflowStub workflow = start(Step.REVIEW, "review-cancel");
    RequestReviewHandle handle = RequestReviewHandle.parse(activities.outbox.next().handle());

    workflow.cancel();
    ActivityCancellationRequestedException requested = awaitCancellationRequest(handle);
    fromExternalSystem(() -> completer.requestReview(handle).reportCancellation("desk closed"));

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(Decision.class));
    assertInstanceOf(CanceledFailure.class, failed.getCause());
    assertEquals(
        "The workflow asked to cancel the activity ReviewActivities.requestReview ("
            + handle.address()
            + "): stop the work and call reportCancellation on this reply",
        requested.getMessage());
    assertTrue(
        handle.address().toString().startsWith("workflow 'review-cancel', run '"),
        handle.address().toString());
  }

  private ActivityCancellationRequestedException awaitCancellationRequest(
      RequestReviewHandle handle) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      try {
        completer.requestReview(handle).heartbeat();
      } catch (ActivityCancellationRequestedException expected) {
        return expected;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("heartbeat never reported the cancellation request");
  }

  @Test
  void completesByWorkflowIdAndActivityId() throws Exception {
    WorkflowStub workflow = start(Step.REVIEW, "review-by-id");
    HandOff handOff = activities.outbox.next();

    fromExternalSystem(
        () ->
            completer.requestReview(handOff.workflowId(), handOff.activityId()).complete(APPROVED));

    assertEquals("review-by-id", handOff.workflowId());
    assertEquals(APPROVED, workflow.getResult(Decision.class));
  }

  @Test
  void handleOfOneMethodIsRefusedByAnother() throws Exception {
    start(Step.REVIEW, "review-wrong-method");
    String encoded = activities.outbox.next().handle();

    HandleForOtherMethodException wrong =
        assertThrows(
            HandleForOtherMethodException.class, () -> AwaitSignatureHandle.parse(encoded));
    assertEquals(
        "This handle was made for ReviewActivities.requestReview, not for"
            + " ReviewActivities.awaitSignature: parse it with"
            + " ReviewActivitiesCompleter.RequestReviewHandle.parse and complete it through"
            + " completer.requestReview(handle)",
        wrong.getMessage());
  }

  @Test
  void handOffFromTheWrongActivityFailsWithAClearMessage() {
    WorkflowStub workflow = start(Step.MISUSE, "misuse");

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(Decision.class));
    ApplicationFailure cause =
        assertInstanceOf(ApplicationFailure.class, failed.getCause().getCause());
    assertEquals("dev.handback.runtime.HandoffException", cause.getType());
    assertEquals(
        "ReviewActivitiesAsync.requestReview() was called while activity 'Review_MisuseHandoff'"
            + " runs: call it only inside the implementation of ReviewActivities.requestReview"
            + " (activity type 'Review_RequestReview')",
        cause.getOriginalMessage());
  }
}
