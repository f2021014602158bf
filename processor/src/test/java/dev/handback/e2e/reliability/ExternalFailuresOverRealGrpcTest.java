package dev.handback.e2e.reliability;

import static dev.handback.e2e.reliability.LedgerFixture.PATIENCE;
import static dev.handback.e2e.reliability.LedgerFixture.uniqueId;
import static dev.handback.testserver.LeakWatch.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.reliability.LedgerActivities.Receipt;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ClearHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.SettleHandle;
import dev.handback.e2e.reliability.LedgerActivitiesImpl.HandOff;
import dev.handback.testserver.LeakWatch;
import dev.handback.testserver.StandaloneTestServer;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A failure the external party reports means the same on both paths, over real gRPC to a standalone
 * test server in its own JVM: it reaches the workflow once, with its type and message, and nothing
 * is retried, although both activities have retry policies ({@code settle} up to five attempts,
 * {@code clear}'s hand-off without limit). The implementation does not run again, so the external
 * party is not asked anew.
 */
class ExternalFailuresOverRealGrpcTest {
  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();
  @RegisterExtension static final LeakWatch LEAKS = new LeakWatch();

  private static final String REFUSAL = "account closed";

  private LedgerFixture ledger;
  private LedgerActivitiesCompleter completer;

  @BeforeEach
  void startWorkers() {
    ledger = new LedgerFixture(SERVER.client()).withActivityWorker().withClearingWorkflows();
    completer = new LedgerActivitiesCompleter(ledger.client());
  }

  @AfterEach
  void stopWorkers() {
    ledger.close();
  }

  @Test
  void onTheTaskTokenPathTheActivityFailsOnceDespiteItsRetryPolicy() throws Exception {
    String id = uniqueId("settle-refused");
    WorkflowStub workflow = ledger.start(true, id);
    HandOff handOff = ledger.nextHandOff();

    completer.settle(SettleHandle.parse(handOff.handle())).fail(new IllegalStateException(REFUSAL));

    WorkflowFailedException failed = failure(workflow);
    ActivityFailure activity = assertInstanceOf(ActivityFailure.class, failed.getCause());
    assertEquals(RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE, activity.getRetryState());
    assertRefusal(activity.getCause());
    assertNotRetried(id, handOff);
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED));
  }

  @Test
  void onTheSignalPathTheWaitEndsOnceWithTheSameFailure() throws Exception {
    String id = uniqueId("clear-refused");
    WorkflowStub workflow = ledger.startClearing(id, 0, false);
    HandOff handOff = ledger.nextHandOff();

    completer.clear(ClearHandle.parse(handOff.handle())).fail(new IllegalStateException(REFUSAL));

    assertRefusal(failure(workflow).getCause());
    assertNotRetried(id, handOff);
    assertEquals(1, ledger.signalsOf(id, LedgerActivities.CLEARED));
    assertEquals(0, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED));
  }

  private static WorkflowFailedException failure(WorkflowStub workflow) {
    return assertThrows(
        WorkflowFailedException.class,
        () -> workflow.getResult(PATIENCE.toSeconds(), TimeUnit.SECONDS, Receipt.class));
  }

  private static void assertRefusal(Throwable cause) {
    ApplicationFailure refusal = assertInstanceOf(ApplicationFailure.class, cause);
    assertEquals(IllegalStateException.class.getName(), refusal.getType());
    assertEquals(REFUSAL, refusal.getOriginalMessage());
    assertTrue(refusal.isNonRetryable());
  }

  /** The workflow has ended, so no attempt can follow: the one that handed off was the only one. */
  private void assertNotRetried(String id, HandOff handOff) {
    assertEquals(1, handOff.attempt());
    assertTrue(ledger.noHandOffWaiting(), "the implementation ran again and asked anew");
    assertEquals(List.of(1), ledger.startedAttempts(id));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED));
  }
}
