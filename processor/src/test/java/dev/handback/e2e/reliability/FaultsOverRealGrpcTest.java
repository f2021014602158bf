package dev.handback.e2e.reliability;

import static dev.handback.e2e.reliability.LedgerFixture.PATIENCE;
import static dev.handback.e2e.reliability.LedgerFixture.await;
import static dev.handback.e2e.reliability.LedgerFixture.uniqueId;
import static dev.handback.testserver.LeakWatch.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.reliability.LedgerActivities.Receipt;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ApproveHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.SettleByTokenHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.SettleHandle;
import dev.handback.e2e.reliability.LedgerActivitiesImpl.HandOff;
import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.NoPendingActivityException;
import dev.handback.testserver.ChildJvm;
import dev.handback.testserver.LeakWatch;
import dev.handback.testserver.RpcCounter;
import dev.handback.testserver.StandaloneTestServer;
import dev.handback.testserver.TcpProxy;
import io.grpc.Status;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults between the worker, the server and the external party, over real gRPC to a standalone test
 * server in its own JVM: each test checks that the result is neither lost nor recorded twice.
 */
class FaultsOverRealGrpcTest {
  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();
  @RegisterExtension static final LeakWatch LEAKS = new LeakWatch();

  private static final String COMPLETED = "RespondActivityTaskCompleted";

  private LedgerFixture ledger;
  private LedgerActivitiesCompleter completer;
  private final ExecutorService externalParty = Executors.newSingleThreadExecutor();

  @BeforeEach
  void startWorkers() {
    ledger = new LedgerFixture(SERVER.client());
    completer = new LedgerActivitiesCompleter(ledger.client());
  }

  @AfterEach
  void stopWorkers() {
    externalParty.shutdownNow();
    ledger.close();
  }

  /** The hand-off the doomed worker in its own JVM printed for {@code id}, after it was killed. */
  private static String[] handOffOfKilledWorker(ChildJvm doomed, String id) throws Exception {
    String[] handOff = doomed.awaitLine(LedgerWorkerMain.HANDOFF + id + " ", PATIENCE).split(" ");
    assertEquals("1", handOff[2]);
    LeakWatch.secret(handOff[3]);
    return handOff;
  }

  @Test
  void workerKilledAfterHandOffIsRetriedElsewhereAndTheFirstAttemptsHandleCompletesIt()
      throws Exception {
    String id = uniqueId("killed-worker-by-ids");
    WorkflowStub workflow;
    String firstHandle;
    try (ChildJvm doomed =
        ChildJvm.start("activity-worker", LedgerWorkerMain.class, SERVER.target())) {
      doomed.awaitLine(LedgerWorkerMain.POLLING, PATIENCE);
      workflow = ledger.start(LedgerWorkflow.Step.SETTLE, id);
      firstHandle = handOffOfKilledWorker(doomed, id)[3];
      doomed.kill();
      assertFalse(doomed.isAlive());
    }

    ledger.withActivityWorker();
    HandOff retried = ledger.nextHandOff();
    assertEquals(id, retried.workflowId());
    assertTrue(retried.attempt() >= 2, "attempt " + retried.attempt());
    assertEquals(firstHandle, retried.handle(), "the retried attempt handed out a new handle");

    Receipt expected = new Receipt(id, "settled through the first attempt's handle");
    completer.settle(SettleHandle.parse(firstHandle)).complete(expected);
    assertEquals(expected, workflow.getResult(Receipt.class));
    // The same reply again is found recorded; another one records nothing.
    completer.settle(SettleHandle.parse(firstHandle)).complete(expected);
    ActivityNoLongerWaitingException over =
        assertThrows(
            ActivityNoLongerWaitingException.class,
            () ->
                completer
                    .settle(SettleHandle.parse(firstHandle))
                    .complete(new Receipt(id, "another result")));
    assertTrue(
        over.getMessage().startsWith("The activity LedgerActivities.settle (workflow '" + id),
        over.getMessage());
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
    assertEquals(0, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED));
  }

  @Test
  void workerKilledAfterHandOffAndTheRetryIsFoundByBusinessKeyWithItsProgress() throws Exception {
    String id = uniqueId("killed-worker-by-key");
    WorkflowStub workflow;
    try (ChildJvm doomed =
        ChildJvm.start("activity-worker", LedgerWorkerMain.class, SERVER.target())) {
      doomed.awaitLine(LedgerWorkerMain.POLLING, PATIENCE);
      workflow = ledger.start(LedgerWorkflow.Step.SETTLE, id);
      handOffOfKilledWorker(doomed, id);
      // The bank heartbeats by the order id alone: the call key the hand-off recorded.
      completer.settle(SettleHandle.forCall(id, id)).heartbeat("received by the bank");
      doomed.kill();
      assertFalse(doomed.isAlive());
    }

    ledger.withActivityWorker();
    HandOff retried = ledger.nextHandOff();
    assertTrue(retried.attempt() >= 2, "attempt " + retried.attempt());
    assertEquals("received by the bank", retried.progress());

    Receipt expected = new Receipt(id, "settled by business key");
    completer.settle(SettleHandle.forWorkflow(id)).complete(expected);
    assertEquals(expected, workflow.getResult(Receipt.class));
    assertThrows(
        NoPendingActivityException.class,
        () -> completer.settle(SettleHandle.forWorkflow(id)).complete(expected));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
  }

  @Test
  void workerKilledAfterHandOffIsRetriedElsewhereAndTheStaleTaskTokenRecordsNothing()
      throws Exception {
    String id = uniqueId("killed-worker");
    WorkflowStub workflow;
    String staleHandle;
    try (ChildJvm doomed =
        ChildJvm.start("activity-worker", LedgerWorkerMain.class, SERVER.target())) {
      doomed.awaitLine(LedgerWorkerMain.POLLING, PATIENCE);
      workflow = ledger.start(LedgerWorkflow.Step.SETTLE_BY_TOKEN, id);
      staleHandle = handOffOfKilledWorker(doomed, id)[3];
      doomed.kill();
      assertFalse(doomed.isAlive());
    }

    ledger.withActivityWorker();
    HandOff retried = ledger.nextHandOff();
    assertEquals(id, retried.workflowId());
    assertTrue(retried.attempt() >= 2, "attempt " + retried.attempt());

    SettleByTokenHandle stale = SettleByTokenHandle.parse(staleHandle);
    ActivityNoLongerWaitingException over =
        assertThrows(
            ActivityNoLongerWaitingException.class,
            () ->
                completer.settleByToken(stale).complete(new Receipt(id, "from the stale handle")));
    assertTrue(
        over.getMessage().startsWith("The activity LedgerActivities.settleByToken (task token "),
        over.getMessage());

    Receipt expected = new Receipt(id, "settled");
    completer.settleByToken(SettleByTokenHandle.parse(retried.handle())).complete(expected);
    assertEquals(expected, workflow.getResult(Receipt.class));
    assertThrows(
        ActivityNoLongerWaitingException.class,
        () ->
            completer
                .settleByToken(stale)
                .complete(new Receipt(id, "late, from the stale handle")));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
    assertEquals(0, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED));
  }

  @Test
  void completingTwiceRecordsTheFirstResultOnly() throws Exception {
    ledger.withActivityWorker();
    String id = uniqueId("twice");
    WorkflowStub workflow = ledger.start(LedgerWorkflow.Step.APPROVE, id);
    ApproveHandle handle = ApproveHandle.parse(ledger.nextHandOff().handle());

    completer.approve(handle).complete(new Receipt(id, "first"));
    assertThrows(
        ActivityNoLongerWaitingException.class,
        () -> completer.approve(handle).complete(new Receipt(id, "second")));
    assertThrows(
        ActivityNoLongerWaitingException.class,
        () -> completer.approve(handle).fail(new IllegalStateException("changed my mind")));

    assertEquals(new Receipt(id, "first"), workflow.getResult(Receipt.class));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
  }

  @Test
  void completingAfterTheWorkflowWasTerminatedRecordsNothing() throws Exception {
    ledger.withActivityWorker();
    String id = uniqueId("terminated");
    WorkflowStub workflow = ledger.start(LedgerWorkflow.Step.APPROVE, id);
    ApproveHandle handle = ApproveHandle.parse(ledger.nextHandOff().handle());

    workflow.terminate("the order was withdrawn");
    assertThrows(
        ActivityNoLongerWaitingException.class, () -> completer.approve(handle).heartbeat());
    assertThrows(
        ActivityNoLongerWaitingException.class,
        () -> completer.approve(handle).complete(new Receipt(id, "too late")));

    assertEquals(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED, ledger.status(id));
    assertEquals(0, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
  }

  @Test
  void completingAfterTheWorkflowTimedOutRecordsNothing() throws Exception {
    ledger.withActivityWorker();
    String id = uniqueId("timed-out");
    ledger.start(LedgerWorkflow.Step.APPROVE, id, Duration.ofSeconds(3));
    ApproveHandle handle = ApproveHandle.parse(ledger.nextHandOff().handle());

    await(
        "the workflow to time out",
        () -> ledger.status(id) == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TIMED_OUT);
    assertThrows(
        ActivityNoLongerWaitingException.class,
        () -> completer.approve(handle).complete(new Receipt(id, "too late")));
    assertEquals(0, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
  }

  @Test
  void unavailableServerIsRetriedWithBackoffUntilItAnswers() throws Exception {
    ledger.withActivityWorker();
    RpcCounter rpcs = new RpcCounter();
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", port(SERVER.target()))) {
      LedgerActivitiesCompleter throughProxy =
          new LedgerActivitiesCompleter(
              WorkflowClient.newInstance(
                  SERVER.stubs(proxy.target(), List.of(rpcs), LedgerFixture.PATIENT_RETRIES)));
      String id = uniqueId("unavailable");
      WorkflowStub workflow = ledger.start(LedgerWorkflow.Step.APPROVE, id);
      ApproveHandle handle = ApproveHandle.parse(ledger.nextHandOff().handle());
      Receipt expected = new Receipt(id, "through the outage");

      throughProxy.approve(handle).heartbeat("the desk is on it");
      proxy.cut();
      Future<?> reply = externalParty.submit(() -> throughProxy.approve(handle).complete(expected));
      await(
          "three UNAVAILABLE attempts, saw " + rpcs.ended() + " of " + rpcs.started(),
          () -> rpcs.ended(COMPLETED, Status.Code.UNAVAILABLE) >= 3);
      assertFalse(reply.isDone(), "the completer gave up while the server was unreachable");
      proxy.restore();

      reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      assertEquals(expected, workflow.getResult(Receipt.class));
      assertEquals(1, rpcs.ended(COMPLETED, Status.Code.OK));
      assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
    }
  }

  @Test
  void aNewCompleterRetriesAnOutageFromItsFirstReply() throws Exception {
    ledger.withActivityWorker();
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", port(SERVER.target()))) {
      String id = uniqueId("unavailable-at-first");
      WorkflowStub workflow = ledger.start(LedgerWorkflow.Step.APPROVE, id);
      ApproveHandle handle = ApproveHandle.parse(ledger.nextHandOff().handle());
      Receipt expected = new Receipt(id, "through the outage, first call");

      proxy.cut();
      LedgerActivitiesCompleter fresh =
          new LedgerActivitiesCompleter(
              WorkflowClient.newInstance(
                  SERVER.stubs(proxy.target(), List.of(), LedgerFixture.PATIENT_RETRIES)));
      Future<?> reply = externalParty.submit(() -> fresh.approve(handle).complete(expected));
      await("three refused connections", () -> proxy.refusedConnections() >= 3);
      assertFalse(reply.isDone(), "the completer gave up while the server was unreachable");
      proxy.restore();

      reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      assertEquals(expected, workflow.getResult(Receipt.class));
      assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
    }
  }

  @Test
  void whatCannotSucceedIsNotRetried() throws Exception {
    ledger.withActivityWorker();
    RpcCounter rpcs = new RpcCounter();
    LedgerActivitiesCompleter counted =
        new LedgerActivitiesCompleter(
            WorkflowClient.newInstance(
                SERVER.stubs(SERVER.target(), List.of(rpcs), LedgerFixture.PATIENT_RETRIES)));
    String id = uniqueId("not-retried");
    WorkflowStub workflow = ledger.start(LedgerWorkflow.Step.APPROVE, id);
    ApproveHandle handle = ApproveHandle.parse(ledger.nextHandOff().handle());
    counted.approve(handle).complete(new Receipt(id, "done"));
    workflow.getResult(Receipt.class);
    rpcs.reset();

    assertThrows(
        ActivityNoLongerWaitingException.class,
        () -> counted.approve(handle).complete(new Receipt(id, "again")));
    // Not retried; the history is read once, to tell whether this reply is the one recorded.
    assertEquals(
        List.of(
            new RpcCounter.Call(COMPLETED, Status.Code.NOT_FOUND),
            new RpcCounter.Call("GetWorkflowExecutionHistory", Status.Code.OK)),
        rpcs.ended());

    rpcs.reset();
    assertThrows(
        ActivityNoLongerWaitingException.class,
        () -> counted.approve(id, "no-such-run", "1").complete(new Receipt(id, "by id")));
    assertEquals(
        List.of(new RpcCounter.Call(COMPLETED + "ById", Status.Code.NOT_FOUND)),
        rpcs.ended().stream()
            .filter(call -> !call.method().equals("GetWorkflowExecutionHistory"))
            .toList());
    assertEquals(1, rpcs.started("GetWorkflowExecutionHistory"));
  }

  private static int port(String target) {
    return Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
  }
}
