package dev.handback.e2e.reliability;

import static dev.handback.e2e.reliability.LedgerFixture.PATIENCE;
import static dev.handback.e2e.reliability.LedgerFixture.await;
import static dev.handback.e2e.reliability.LedgerFixture.uniqueId;
import static dev.handback.testserver.LeakWatch.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.reliability.LedgerActivities.Receipt;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ApproveHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ClearHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.SettleByTokenHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.SettleHandle;
import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.CompletionReply;
import dev.handback.runtime.ReplyOutcomeUnknownException;
import dev.handback.runtime.WorkflowNoLongerWaitingException;
import dev.handback.testserver.LeakWatch;
import dev.handback.testserver.LostAnswers;
import dev.handback.testserver.RpcCounter;
import dev.handback.testserver.StandaloneTestServer;
import io.grpc.Status;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replies whose answer is lost after Temporal recorded them, over real gRPC to a standalone test
 * server: {@link LostAnswers} lets the call reach the server, then replaces its {@code OK} by
 * {@code UNAVAILABLE} or {@code DEADLINE_EXCEEDED}, so the client's retry meets {@code NOT_FOUND}.
 * Each test compares what the caller is told with what the server's history holds: a reply that was
 * recorded is never reported as "nothing was recorded", and one that was not (the guards) still is.
 */
class LostAnswersOverRealGrpcTest {
  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();
  @RegisterExtension static final LeakWatch LEAKS = new LeakWatch();

  private static final String HISTORY = "GetWorkflowExecutionHistory";
  private static final String DESCRIBE = "DescribeWorkflowExecution";

  private LedgerFixture ledger;
  private LostAnswers lost;
  private RpcCounter rpcs;
  private LedgerActivitiesCompleter completer;

  @BeforeEach
  void start() {
    ledger = new LedgerFixture(SERVER.client()).withActivityWorker().withClearingWorkflows();
    lost = new LostAnswers();
    rpcs = new RpcCounter();
    completer =
        new LedgerActivitiesCompleter(
            WorkflowClient.newInstance(
                SERVER.stubs(SERVER.target(), List.of(rpcs, lost), LedgerFixture.PATIENT_RETRIES)));
  }

  @AfterEach
  void stop() {
    ledger.close();
  }

  private static Receipt resultOf(WorkflowStub workflow) throws Exception {
    return workflow.getResult(PATIENCE.toSeconds(), TimeUnit.SECONDS, Receipt.class);
  }

  /** The activity id Temporal gave the workflow's one activity. */
  private String activityIdOf(String workflowId) {
    return ledger.history(workflowId).stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
        .findFirst()
        .orElseThrow()
        .getActivityId();
  }

  /** A started workflow and the reply its activity hands off, in the form {@code how} picks. */
  private record Started(String id, WorkflowStub workflow, CompletionReply<Receipt> reply) {}

  private enum Address {
    HANDLE_BY_IDS,
    TASK_TOKEN,
    IDS
  }

  private Started start(Address address, String name) throws InterruptedException {
    String id = uniqueId(name);
    LedgerWorkflow.Step step =
        address == Address.HANDLE_BY_IDS ? LedgerWorkflow.Step.SETTLE : LedgerWorkflow.Step.APPROVE;
    WorkflowStub workflow = ledger.start(step, id);
    LedgerActivitiesImpl.HandOff handOff = handOffOf(id);
    CompletionReply<Receipt> reply =
        switch (address) {
          case HANDLE_BY_IDS -> completer.settle(SettleHandle.parse(handOff.handle()));
          case TASK_TOKEN -> completer.approve(ApproveHandle.parse(handOff.handle()));
          case IDS -> completer.approve(id, activityIdOf(id));
        };
    return new Started(id, workflow, reply);
  }

  private static String completeMethod(Address address) {
    return address == Address.TASK_TOKEN
        ? "RespondActivityTaskCompleted"
        : "RespondActivityTaskCompletedById";
  }

  private void completedAnswerLost(Address address, Status status, boolean waitForClose)
      throws Exception {
    Started started = start(address, "lost-complete-" + address);
    Receipt receipt = new Receipt(started.id(), "settled, answer lost");
    lost.dropAnswer(
        completeMethod(address),
        status,
        waitForClose ? ledger.untilClosed(started.id()) : () -> {});

    started.reply().complete(receipt);

    assertEquals(1, lost.answersDropped());
    assertEquals(receipt, resultOf(started.workflow()));
    assertEquals(1, ledger.eventsOf(started.id(), EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
    // The cost: one history read (one page), and no other call, after the NOT_FOUND.
    assertEquals(1, rpcs.ended(completeMethod(address), Status.Code.NOT_FOUND));
    assertEquals(1, rpcs.started(HISTORY));
    assertEquals(0, rpcs.started(DESCRIBE));
  }

  @Test
  void aCompletionByHandleWhoseAnswerWasLostIsReportedAsDelivered() throws Exception {
    completedAnswerLost(Address.HANDLE_BY_IDS, Status.UNAVAILABLE, false);
  }

  @Test
  void aCompletionByHandleWhoseAnswerCameTooLateAfterTheWorkflowClosedIsReportedAsDelivered()
      throws Exception {
    completedAnswerLost(Address.HANDLE_BY_IDS, Status.DEADLINE_EXCEEDED, true);
  }

  @Test
  void aCompletionByTaskTokenWhoseAnswerWasLostIsReportedAsDelivered() throws Exception {
    completedAnswerLost(Address.TASK_TOKEN, Status.UNAVAILABLE, true);
  }

  @Test
  void aCompletionByIdsWhoseAnswerWasLostIsReportedAsDelivered() throws Exception {
    completedAnswerLost(Address.IDS, Status.UNAVAILABLE, true);
  }

  private void failureAnswerLost(Address address) throws Exception {
    Started started = start(address, "lost-fail-" + address);
    lost.dropAnswer(
        address == Address.TASK_TOKEN
            ? "RespondActivityTaskFailed"
            : "RespondActivityTaskFailedById",
        Status.UNAVAILABLE,
        ledger.untilClosed(started.id()));

    started.reply().fail(new IllegalStateException("the bank declined the order"));

    assertEquals(1, lost.answersDropped());
    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> resultOf(started.workflow()));
    ApplicationFailure cause =
        assertInstanceOf(
            ApplicationFailure.class,
            assertInstanceOf(ActivityFailure.class, failed.getCause()).getCause());
    assertEquals("the bank declined the order", cause.getOriginalMessage());
    assertEquals(1, ledger.eventsOf(started.id(), EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED));
  }

  @Test
  void aFailureByHandleWhoseAnswerWasLostIsReportedAsDelivered() throws Exception {
    failureAnswerLost(Address.HANDLE_BY_IDS);
  }

  @Test
  void aFailureByTaskTokenWhoseAnswerWasLostIsReportedAsDelivered() throws Exception {
    failureAnswerLost(Address.TASK_TOKEN);
  }

  @Test
  void aFailureByIdsWhoseAnswerWasLostIsReportedAsDelivered() throws Exception {
    failureAnswerLost(Address.IDS);
  }

  private void cancellationAnswerLost(Address address) throws Exception {
    Started started = start(address, "lost-cancel-" + address);
    started.workflow().cancel();
    await(
        "the workflow to ask to cancel the activity",
        () ->
            ledger.eventsOf(started.id(), EventType.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED)
                == 1);
    lost.dropAnswer(
        address == Address.TASK_TOKEN
            ? "RespondActivityTaskCanceled"
            : "RespondActivityTaskCanceledById",
        Status.UNAVAILABLE,
        ledger.untilClosed(started.id()));

    started.reply().reportCancellation("the bank stopped the order");

    assertEquals(1, lost.answersDropped());
    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> resultOf(started.workflow()));
    assertInstanceOf(CanceledFailure.class, failed.getCause());
    assertEquals(1, ledger.eventsOf(started.id(), EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED));
  }

  @Test
  void aCancellationByHandleWhoseAnswerWasLostIsReportedAsDelivered() throws Exception {
    cancellationAnswerLost(Address.HANDLE_BY_IDS);
  }

  @Test
  void aCancellationByTaskTokenWhoseAnswerWasLostIsReportedAsDelivered() throws Exception {
    cancellationAnswerLost(Address.TASK_TOKEN);
  }

  @Test
  void aCancellationByIdsWhoseAnswerWasLostIsReportedAsDelivered() throws Exception {
    cancellationAnswerLost(Address.IDS);
  }

  @Test
  void aHeartbeatWhoseAnswerWasLostIsSentAgainAndRecorded() throws Exception {
    for (Address address : Address.values()) {
      Started started = start(address, "lost-heartbeat-" + address);
      lost.dropAnswer(
          address == Address.TASK_TOKEN
              ? "RecordActivityTaskHeartbeat"
              : "RecordActivityTaskHeartbeatById",
          Status.UNAVAILABLE,
          () -> {});

      started.reply().heartbeat("half way");

      String recorded =
          ledger
              .client()
              .newUntypedWorkflowStub(started.id())
              .describe()
              .getRawDescription()
              .getPendingActivities(0)
              .getHeartbeatDetails()
              .getPayloads(0)
              .getData()
              .toStringUtf8();
      assertEquals("\"half way\"", recorded, address.toString());
      started.reply().complete(new Receipt(started.id(), "done"));
      assertEquals(new Receipt(started.id(), "done"), resultOf(started.workflow()));
    }
    assertEquals(Address.values().length, lost.answersDropped());
  }

  private ClearHandle nextClearing(String workflowId) throws InterruptedException {
    return ClearHandle.parse(handOffOf(workflowId).handle());
  }

  /**
   * The next hand-off of {@code workflowId}, past those of retried attempts of earlier workflows (a
   * settlement nobody heartbeats is retried after its heartbeat timeout).
   */
  private LedgerActivitiesImpl.HandOff handOffOf(String workflowId) throws InterruptedException {
    LedgerActivitiesImpl.HandOff handOff = ledger.nextHandOff();
    while (!handOff.workflowId().equals(workflowId)) {
      handOff = ledger.nextHandOff();
    }
    return handOff;
  }

  @Test
  void aSignalWhoseAnswerWasLostWhileTheWorkflowRunsIsSentAgainAndTheFirstWins() throws Exception {
    String id = uniqueId("lost-signal-open");
    WorkflowStub workflow = ledger.startClearing(id, 0, true);
    ClearHandle handle = nextClearing(id);
    Receipt receipt = new Receipt(id, "cleared, answer lost");
    lost.dropAnswer("SignalWorkflowExecution", Status.UNAVAILABLE, () -> {});

    completer.clear(handle).complete(receipt);

    assertEquals(1, lost.answersDropped());
    await("the signal in the history", () -> ledger.signalsOf(id, LedgerActivities.CLEARED) >= 1);
    workflow.signal("release");
    assertEquals(receipt, resultOf(workflow));
    assertEquals(0, rpcs.started(HISTORY));
  }

  @Test
  void aSignalWhoseAnswerWasLostAndWhoseWorkflowClosedBeforeTheRetryIsReportedAsDelivered()
      throws Exception {
    String id = uniqueId("lost-signal-closed");
    WorkflowStub workflow = ledger.startClearing(id, 0, false);
    ClearHandle handle = nextClearing(id);
    Receipt receipt = new Receipt(id, "cleared, answer lost, workflow closed");
    lost.dropAnswer("SignalWorkflowExecution", Status.UNAVAILABLE, ledger.untilClosed(id));

    completer.clear(handle).complete(receipt);

    assertEquals(1, lost.answersDropped());
    assertEquals(receipt, resultOf(workflow));
    assertEquals(1, ledger.signalsOf(id, LedgerActivities.CLEARED));
    assertEquals(1, rpcs.ended("SignalWorkflowExecution", Status.Code.NOT_FOUND));
    assertEquals(1, rpcs.started(HISTORY));
  }

  @Test
  void aFailureSignalWhoseAnswerWasLostAndWhoseWorkflowClosedIsReportedAsDelivered()
      throws Exception {
    String id = uniqueId("lost-signal-failure");
    WorkflowStub workflow = ledger.startClearing(id, 0, false);
    ClearHandle handle = nextClearing(id);
    lost.dropAnswer("SignalWorkflowExecution", Status.UNAVAILABLE, ledger.untilClosed(id));

    completer.clear(handle).fail(new IllegalStateException("the clearing house refused"));

    assertEquals(1, lost.answersDropped());
    assertThrows(WorkflowFailedException.class, () -> resultOf(workflow));
    assertEquals(1, ledger.signalsOf(id, LedgerActivities.CLEARED));
  }

  @Test
  void sendingAgainAfterAnOutageFindsTheFirstSendRecorded() throws Exception {
    // The documented recovery: TemporalUnavailableException says "send it again later".
    Started started = start(Address.TASK_TOKEN, "send-again");
    Receipt receipt = new Receipt(started.id(), "sent twice by the caller");
    started.reply().complete(receipt);
    assertEquals(receipt, resultOf(started.workflow()));

    started.reply().complete(receipt);

    assertEquals(1, ledger.eventsOf(started.id(), EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
  }

  // The guards: replies that were not recorded are still reported as such.

  @Test
  void aCompletionLostOnTheWayWhileAnotherResultWasRecordedIsNoLongerWaiting() throws Exception {
    for (Address address : Address.values()) {
      Started started = start(address, "guard-other-" + address);
      Receipt theirs = new Receipt(started.id(), "someone else's result");
      lost.loseRequest(
          completeMethod(address),
          Status.UNAVAILABLE,
          () ->
              new LedgerActivitiesCompleter(ledger.client())
                  .approve(started.id(), activityIdOf(started.id()))
                  .complete(theirs));

      ActivityNoLongerWaitingException e =
          assertThrows(
              ActivityNoLongerWaitingException.class,
              () -> started.reply().complete(new Receipt(started.id(), "mine, never sent")));

      assertTrue(e.getMessage().contains("Nothing was recorded."), e.getMessage());
      assertEquals(theirs, resultOf(started.workflow()), address.toString());
      assertEquals(1, ledger.eventsOf(started.id(), EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
    }
    assertEquals(Address.values().length, lost.requestsLost());
  }

  @Test
  void aCompletionForAnAttemptThatTimedOutIsNoLongerWaitingThoughItsFirstTryWasLost()
      throws Exception {
    String id = uniqueId("guard-timed-out");
    WorkflowStub workflow = ledger.start(LedgerWorkflow.Step.SETTLE_BY_TOKEN, id);
    SettleByTokenHandle first = SettleByTokenHandle.parse(handOffOf(id).handle());
    // Nobody heartbeats: the first attempt times out and the activity is retried.
    LedgerActivitiesImpl.HandOff retried = handOffOf(id);
    assertEquals(2, retried.attempt());
    lost.loseRequest("RespondActivityTaskCompleted", Status.UNAVAILABLE, () -> {});

    assertThrows(
        ActivityNoLongerWaitingException.class,
        () -> completer.settleByToken(first).complete(new Receipt(id, "for the old attempt")));

    Receipt receipt = new Receipt(id, "for the new attempt");
    completer.settleByToken(SettleByTokenHandle.parse(retried.handle())).complete(receipt);
    assertEquals(receipt, resultOf(workflow));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
  }

  @Test
  void aSignalLostOnTheWayToAWorkflowThatTimedOutIsNoLongerWaiting() throws Exception {
    String id = uniqueId("guard-signal");
    WorkflowStub workflow = ledger.startClearing(id, 1, false);
    ClearHandle handle = nextClearing(id);
    lost.loseRequest("SignalWorkflowExecution", Status.UNAVAILABLE, ledger.untilClosed(id));

    WorkflowNoLongerWaitingException e =
        assertThrows(
            WorkflowNoLongerWaitingException.class,
            () -> completer.clear(handle).complete(new Receipt(id, "too late")));

    assertTrue(e.getMessage().endsWith("Nothing was recorded."), e.getMessage());
    assertThrows(WorkflowFailedException.class, () -> resultOf(workflow));
    assertEquals(0, ledger.signalsOf(id, LedgerActivities.CLEARED));
  }

  @Test
  void whenTheHistoryCannotBeReadALostAnswerIsReportedAsAnUnknownOutcome() throws Exception {
    lost.refuse(HISTORY, Status.PERMISSION_DENIED);
    for (Address address : Address.values()) {
      Started started = start(address, "unknown-" + address);
      Receipt receipt = new Receipt(started.id(), "recorded, but who can tell");
      lost.dropAnswer(
          completeMethod(address), Status.UNAVAILABLE, ledger.untilClosed(started.id()));

      ReplyOutcomeUnknownException e =
          assertThrows(ReplyOutcomeUnknownException.class, () -> started.reply().complete(receipt));

      assertTrue(
          e.getMessage().contains("may have been recorded")
              && e.getMessage()
                  .contains("reading the workflow's history failed with PERMISSION_DENIED"),
          e.getMessage());
      assertEquals(receipt, resultOf(started.workflow()));
    }
  }

  @Test
  void whenTheHistoryCannotBeReadAReplyWithoutALostAnswerIsStillNoLongerWaiting() throws Exception {
    lost.refuse(HISTORY, Status.PERMISSION_DENIED);
    Started started = start(Address.HANDLE_BY_IDS, "unknown-guard");
    Receipt first = new Receipt(started.id(), "first");
    started.reply().complete(first);
    assertEquals(first, resultOf(started.workflow()));

    assertThrows(
        ActivityNoLongerWaitingException.class,
        () -> started.reply().complete(new Receipt(started.id(), "second")));
  }

  @Test
  void theHappyPathReadsNoHistory() throws Exception {
    Started started = start(Address.HANDLE_BY_IDS, "happy");
    started.reply().heartbeat("progress");
    started.reply().complete(new Receipt(started.id(), "settled"));
    resultOf(started.workflow());

    assertEquals(0, rpcs.started(HISTORY));
    assertEquals(0, rpcs.started(DESCRIBE));
  }
}
