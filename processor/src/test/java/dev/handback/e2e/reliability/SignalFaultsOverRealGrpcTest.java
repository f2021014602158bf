package dev.handback.e2e.reliability;

import static dev.handback.e2e.reliability.LedgerFixture.PATIENCE;
import static dev.handback.e2e.reliability.LedgerFixture.await;
import static dev.handback.e2e.reliability.LedgerFixture.uniqueId;
import static dev.handback.testserver.LeakWatch.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.reliability.LedgerActivities.Receipt;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ClearHandle;
import dev.handback.runtime.ExternalResultSlot;
import dev.handback.runtime.WorkflowNoLongerWaitingException;
import dev.handback.testserver.ChildJvm;
import dev.handback.testserver.LeakWatch;
import dev.handback.testserver.RpcCounter;
import dev.handback.testserver.StandaloneTestServer;
import dev.handback.testserver.TcpProxy;
import io.grpc.Status;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
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
 * Faults on the {@code @ExternalResult} path, where the result goes to the workflow by signal, over
 * real gRPC to a standalone test server in its own JVM: each test checks that the result is neither
 * lost nor recorded twice, and that a delivery nobody waits for says so.
 */
class SignalFaultsOverRealGrpcTest {
  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();
  @RegisterExtension static final LeakWatch LEAKS = new LeakWatch();

  private static final String SIGNAL = "SignalWorkflowExecution";

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

  private static Receipt resultOf(WorkflowStub workflow) throws Exception {
    return workflow.getResult(PATIENCE.toSeconds(), TimeUnit.SECONDS, Receipt.class);
  }

  /** The handle of the next clearing handed off in this JVM. */
  private ClearHandle nextClearing(String workflowId) throws InterruptedException {
    LedgerActivitiesImpl.HandOff handOff = ledger.nextHandOff();
    assertEquals(workflowId, handOff.workflowId());
    return ClearHandle.parse(handOff.handle());
  }

  private static void assertNoLongerWaiting(String workflowId, WorkflowNoLongerWaitingException e) {
    assertTrue(
        e.getMessage()
            .startsWith(
                "The workflow LedgerActivities.clear (workflow '" + workflowId + "', run '"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("', signal 'cleared') is no longer waiting for a result"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("Nothing was recorded."), e.getMessage());
  }

  @Test
  void workflowWorkerKilledWhileWaitingAndTheResultArrivesOnceThroughANewWorker() throws Exception {
    String id = uniqueId("killed-inbox");
    WorkflowStub workflow;
    String handle;
    try (ChildJvm doomed =
        ChildJvm.start(
            "clearing-worker",
            LedgerWorkerMain.class,
            SERVER.target(),
            LedgerWorkerMain.CLEARING)) {
      doomed.awaitLine(LedgerWorkerMain.POLLING, PATIENCE);
      workflow = ledger.startClearing(id, 0, false);
      String[] handOff = doomed.awaitLine(LedgerWorkerMain.HANDOFF + id + " ", PATIENCE).split(" ");
      handle = handOff[3];
      LeakWatch.secret(handle);
      // The inbox's await starts its timeout timer in the workflow task after the activity.
      await(
          "the activity to complete and the workflow to wait in its inbox",
          () -> ledger.eventsOf(id, EventType.EVENT_TYPE_TIMER_STARTED) == 1);
      assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
      doomed.kill();
      assertFalse(doomed.isAlive());
    }

    // No worker runs the workflow now: the server keeps the signal in the history.
    Receipt expected = new Receipt(id, "cleared while no worker ran");
    completer.clear(ClearHandle.parse(handle)).complete(expected);
    assertEquals(1, ledger.signalsOf(id, LedgerActivities.CLEARED));
    assertEquals(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING, ledger.status(id));

    ledger.withClearingWorkflows();
    assertEquals(expected, resultOf(workflow));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
    assertEquals(1, ledger.signalsOf(id, LedgerActivities.CLEARED));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED));
  }

  @Test
  void deliveringTwiceKeepsTheFirstResultAndAClosedWorkflowRefusesMore() throws Exception {
    ledger.withActivityWorker().withClearingWorkflows();
    String id = uniqueId("twice");
    WorkflowStub workflow = ledger.startClearing(id, 0, true);
    ClearHandle handle = nextClearing(id);

    Receipt first = new Receipt(id, "first");
    completer.clear(handle).complete(first);
    // The workflow still runs: later deliveries are accepted, recorded as signals, and ignored.
    completer.clear(handle).complete(new Receipt(id, "second"));
    completer.clear(handle).fail(new IllegalStateException("changed my mind"));
    await(
        "three signals in the history", () -> ledger.signalsOf(id, LedgerActivities.CLEARED) == 3);
    workflow.signal("release");

    assertEquals(first, resultOf(workflow));
    WorkflowNoLongerWaitingException closed =
        assertThrows(
            WorkflowNoLongerWaitingException.class,
            () -> completer.clear(handle).complete(new Receipt(id, "after the end")));
    assertNoLongerWaiting(id, closed);
    assertEquals(3, ledger.signalsOf(id, LedgerActivities.CLEARED));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
  }

  @Test
  void deliveringAfterTheWorkflowWasTerminatedRecordsNothing() throws Exception {
    ledger.withActivityWorker().withClearingWorkflows();
    String id = uniqueId("terminated");
    WorkflowStub workflow = ledger.startClearing(id, 0, false);
    ClearHandle handle = nextClearing(id);

    workflow.terminate("the order was withdrawn");
    WorkflowNoLongerWaitingException over =
        assertThrows(
            WorkflowNoLongerWaitingException.class,
            () -> completer.clear(handle).complete(new Receipt(id, "too late")));
    assertNoLongerWaiting(id, over);
    assertThrows(
        WorkflowNoLongerWaitingException.class,
        () -> completer.clear(handle).fail(new IllegalStateException("too late as well")));

    assertEquals(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED, ledger.status(id));
    assertEquals(0, ledger.signalsOf(id, LedgerActivities.CLEARED));
  }

  @Test
  void deliveringAfterTheWorkflowTimedOutRecordsNothing() throws Exception {
    ledger.withActivityWorker().withClearingWorkflows();
    String id = uniqueId("timed-out");
    ledger.startClearing(id, 0, false, Duration.ofSeconds(3));
    ClearHandle handle = nextClearing(id);

    await(
        "the workflow to time out",
        () -> ledger.status(id) == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TIMED_OUT);
    WorkflowNoLongerWaitingException over =
        assertThrows(
            WorkflowNoLongerWaitingException.class,
            () -> completer.clear(handle).complete(new Receipt(id, "too late")));
    assertNoLongerWaiting(id, over);
    assertEquals(0, ledger.signalsOf(id, LedgerActivities.CLEARED));
  }

  @Test
  void deliveringAfterTheInboxGaveUpRecordsNothing() throws Exception {
    ledger.withActivityWorker().withClearingWorkflows();
    String id = uniqueId("gave-up");
    WorkflowStub workflow = ledger.startClearing(id, 2, false);
    ClearHandle handle = nextClearing(id);

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> resultOf(workflow));
    assertEquals(
        ExternalResultSlot.TIMEOUT_TYPE, ((ApplicationFailure) failed.getCause()).getType());
    WorkflowNoLongerWaitingException over =
        assertThrows(
            WorkflowNoLongerWaitingException.class,
            () -> completer.clear(handle).complete(new Receipt(id, "too late")));
    assertNoLongerWaiting(id, over);
    assertEquals(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_FAILED, ledger.status(id));
    assertEquals(0, ledger.signalsOf(id, LedgerActivities.CLEARED));
  }

  @Test
  void unavailableServerIsRetriedWithBackoffUntilTheSignalGetsThrough() throws Exception {
    ledger.withActivityWorker().withClearingWorkflows();
    RpcCounter rpcs = new RpcCounter();
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", port(SERVER.target()))) {
      WorkflowClient client =
          WorkflowClient.newInstance(
              SERVER.stubs(proxy.target(), List.of(rpcs), LedgerFixture.PATIENT_RETRIES));
      LedgerActivitiesCompleter throughProxy = new LedgerActivitiesCompleter(client);
      String id = uniqueId("unavailable");
      WorkflowStub workflow = ledger.startClearing(id, 0, false);
      ClearHandle handle = nextClearing(id);
      Receipt expected = new Receipt(id, "through the outage");

      client.newUntypedWorkflowStub(id).describe();
      proxy.cut();
      Future<?> reply = externalParty.submit(() -> throughProxy.clear(handle).complete(expected));
      await(
          "three UNAVAILABLE attempts, saw " + rpcs.ended() + " of " + rpcs.started(),
          () -> rpcs.ended(SIGNAL, Status.Code.UNAVAILABLE) >= 3);
      assertFalse(reply.isDone(), "the completer gave up while the server was unreachable");
      proxy.restore();

      reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      assertEquals(expected, resultOf(workflow));
      assertEquals(1, rpcs.ended(SIGNAL, Status.Code.OK));
      assertEquals(1, ledger.signalsOf(id, LedgerActivities.CLEARED));
    }
  }

  @Test
  void aNewCompleterRetriesAnOutageFromItsFirstDelivery() throws Exception {
    ledger.withActivityWorker().withClearingWorkflows();
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", port(SERVER.target()))) {
      String id = uniqueId("unavailable-at-first");
      WorkflowStub workflow = ledger.startClearing(id, 0, false);
      ClearHandle handle = nextClearing(id);
      Receipt expected = new Receipt(id, "through the outage, first call");

      proxy.cut();
      LedgerActivitiesCompleter fresh =
          new LedgerActivitiesCompleter(
              WorkflowClient.newInstance(
                  SERVER.stubs(proxy.target(), List.of(), LedgerFixture.PATIENT_RETRIES)));
      Future<?> reply = externalParty.submit(() -> fresh.clear(handle).complete(expected));
      await("three refused connections", () -> proxy.refusedConnections() >= 3);
      assertFalse(reply.isDone(), "the completer gave up while the server was unreachable");
      proxy.restore();

      reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      assertEquals(expected, resultOf(workflow));
      assertEquals(1, ledger.signalsOf(id, LedgerActivities.CLEARED));
    }
  }

  private static int port(String target) {
    return Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
  }
}
