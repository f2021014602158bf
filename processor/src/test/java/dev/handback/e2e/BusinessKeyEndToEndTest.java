package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.OrderActivities.Line;
import dev.handback.e2e.OrderActivities.Receipt;
import dev.handback.e2e.OrderActivitiesCompleter.ChargeHandle;
import dev.handback.e2e.OrderActivitiesCompleter.ShipHandle;
import dev.handback.e2e.OrderActivitiesImpl.HandOff;
import dev.handback.runtime.NoLongerWaitingException;
import dev.handback.runtime.NoPendingActivityException;
import dev.handback.runtime.PendingCall;
import dev.handback.runtime.SeveralPendingActivitiesException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replies by business key on the in-process test server: the external party knows only the id the
 * workflow was started with (and, for parallel calls, the call key the hand-off recorded); the
 * completer asks Temporal which activity of the method is pending. No handle is stored anywhere:
 * the tests drop the ones the activities hand out, except to prove a point about them.
 */
class BusinessKeyEndToEndTest {
  private static final WorkflowExecutionStatus RUNNING =
      WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;

  private OrderDesk desk;
  private OrderActivitiesCompleter completer;

  @BeforeEach
  void start() {
    desk = new OrderDesk();
    completer = desk.completer;
  }

  @AfterEach
  void stop() {
    desk.close();
  }

  @Test
  void aWorkflowStartedAsOrder4711IsCompletedByItsBusinessKeyAlone() throws Exception {
    CompletableFuture<List<Receipt>> result =
        desk.start("order-4711", OrderWorkflow.Step.CHARGE, new Line(null, 1200));
    desk.activities.next(); // the charge is pending; its handle goes nowhere

    Receipt receipt = new Receipt("all", "charged by business key");
    completer.charge(ChargeHandle.forWorkflow("order-4711")).complete(receipt);

    assertEquals(List.of(receipt), result.get(30, TimeUnit.SECONDS));
    assertEquals(1, desk.completions("order-4711"));
    NoPendingActivityException late =
        assertThrows(
            NoPendingActivityException.class,
            () ->
                completer
                    .charge(ChargeHandle.forWorkflow("order-4711"))
                    .complete(new Receipt("all", "late")));
    assertEquals(
        "Nothing can take the reply to OrderActivities.charge (the pending activity of workflow"
            + " 'order-4711'): workflow 'order-4711' is no longer running (COMPLETED). Nothing was"
            + " recorded.",
        late.getMessage());
    assertEquals(1, desk.completions("order-4711"));
  }

  @Test
  void parallelCallsAreEachCompletedByTheirCallKey() throws Exception {
    CompletableFuture<List<Receipt>> result =
        desk.start(
            "order-4712",
            OrderWorkflow.Step.CHARGE_LINES,
            new Line("line-1", 100),
            new Line("line-2", 200));
    desk.activities.next();
    desk.activities.next();

    SeveralPendingActivitiesException several =
        assertThrows(
            SeveralPendingActivitiesException.class,
            () ->
                completer
                    .charge(ChargeHandle.forWorkflow("order-4712"))
                    .complete(new Receipt("?", "which one")));
    assertEquals(
        List.of("line-1", "line-2"),
        several.pending().stream().map(PendingCall::callKey).sorted().toList());
    NoPendingActivityException wrongKey =
        assertThrows(
            NoPendingActivityException.class,
            () ->
                completer
                    .charge(ChargeHandle.forCall("order-4712", "line-9"))
                    .complete(new Receipt("line-9", "wrong key")));
    assertEquals(Optional.of(RUNNING), wrongKey.workflowStatus());
    assertEquals(2, wrongKey.pending().size());
    assertTrue(
        wrongKey.getMessage().contains("has no pending activity of type 'Order_Charge' with call"),
        wrongKey.getMessage());
    assertEquals(0, desk.completions("order-4712"), "a wrong reply recorded something");

    Receipt second = new Receipt("line-2", "charged second");
    Receipt first = new Receipt("line-1", "charged first");
    completer.charge(ChargeHandle.forCall("order-4712", "line-2")).complete(second);
    completer.charge(ChargeHandle.forCall("order-4712", "line-1")).complete(first);

    assertEquals(List.of(first, second), result.get(30, TimeUnit.SECONDS));
    assertEquals(2, desk.completions("order-4712"));
  }

  @Test
  void aHeartbeatByCallKeyKeepsTheKeySoTheCallIsFoundAgain() throws Exception {
    CompletableFuture<List<Receipt>> result =
        desk.start(
            "order-4715",
            OrderWorkflow.Step.CHARGE_LINES,
            new Line("line-1", 100),
            new Line("line-2", 200));
    desk.activities.next();
    desk.activities.next();

    completer.charge(ChargeHandle.forCall("order-4715", "line-1")).heartbeat("3-D Secure sent");
    completer.charge(ChargeHandle.forCall("order-4715", "line-1")).heartbeat();
    Receipt first = new Receipt("line-1", "after two heartbeats");
    Receipt second = new Receipt("line-2", "untouched");
    completer.charge(ChargeHandle.forCall("order-4715", "line-1")).complete(first);
    completer.charge(ChargeHandle.forCall("order-4715", "line-2")).complete(second);

    assertEquals(List.of(first, second), result.get(30, TimeUnit.SECONDS));
  }

  @Test
  void parallelCallsWithoutCallKeysAreListedAndReachableByTheirHandles() throws Exception {
    CompletableFuture<List<Receipt>> result =
        desk.start(
            "order-4713",
            OrderWorkflow.Step.CHARGE_LINES,
            new Line(null, 100),
            new Line(null, 200));
    HandOff one = desk.activities.next();
    HandOff other = desk.activities.next();

    SeveralPendingActivitiesException several =
        assertThrows(
            SeveralPendingActivitiesException.class,
            () -> completer.charge(ChargeHandle.forWorkflow("order-4713")).heartbeat());
    assertEquals(2, several.pending().size());
    assertTrue(
        several
            .getMessage()
            .startsWith(
                "Cannot tell which activity the reply to OrderActivities.charge (the pending"
                    + " activity of workflow 'order-4713') is for: workflow 'order-4713' has 2"
                    + " pending activities of type 'Order_Charge': activity '"),
        several.getMessage());
    assertTrue(
        several
            .getMessage()
            .endsWith(
                "a call whose hand-off recorded no key can only be told apart by its handle."),
        several.getMessage());

    completer.charge(ChargeHandle.parse(one.handle())).complete(new Receipt("one", "by handle"));
    completer
        .charge(ChargeHandle.parse(other.handle()))
        .complete(new Receipt("other", "by handle"));
    assertEquals(2, result.get(30, TimeUnit.SECONDS).size());
  }

  @Test
  void noPendingCallOfTheMethodSaysWhatTheWorkflowIsDoing() throws Exception {
    CompletableFuture<List<Receipt>> result =
        desk.start("order-4714", OrderWorkflow.Step.SHIP_THEN_CHARGE, new Line("line-1", 100));
    assertEquals("Order_Ship", desk.activities.next().activityType());

    NoPendingActivityException none =
        assertThrows(
            NoPendingActivityException.class,
            () ->
                completer
                    .charge(ChargeHandle.forWorkflow("order-4714"))
                    .complete(new Receipt("line-1", "too early")));
    assertEquals(Optional.of(RUNNING), none.workflowStatus());
    assertEquals(
        "Nothing can take the reply to OrderActivities.charge (the pending activity of workflow"
            + " 'order-4714'): workflow 'order-4714' (RUNNING) has no pending activity of type"
            + " 'Order_Charge': the workflow has not called it yet, or that call already completed,"
            + " failed, timed out or was cancelled. Nothing was recorded. Reply again once the"
            + " workflow waits for it.",
        none.getMessage());
    assertEquals(0, desk.completions("order-4714"), "the early reply recorded something");

    Receipt shipped = new Receipt("parcel", "booked");
    completer.ship(ShipHandle.forWorkflow("order-4714")).complete(shipped);
    assertEquals("Order_Charge", desk.activities.next().activityType());
    Receipt charged = new Receipt("line-1", "charged");
    completer.charge(ChargeHandle.forWorkflow("order-4714")).complete(charged);
    assertEquals(List.of(shipped, charged), result.get(30, TimeUnit.SECONDS));
  }

  @Test
  void aWorkflowThatDoesNotExistIsNamed() {
    NoLongerWaitingException thrown =
        assertThrows(
            NoLongerWaitingException.class,
            () -> completer.charge(ChargeHandle.forWorkflow("order-0000")).complete(null));

    NoPendingActivityException none = (NoPendingActivityException) thrown;
    assertFalse(none.workflowExists());
    assertEquals(
        "Nothing can take the reply to OrderActivities.charge (the pending activity of workflow"
            + " 'order-0000'): workflow 'order-0000' does not exist in this namespace. Nothing was"
            + " recorded. Check the workflow id, the business key the workflow was started with.",
        none.getMessage());
  }

  @Test
  void aBusinessKeyHandleEncodesAndParsesLikeAnyOther() throws Exception {
    String encoded = ChargeHandle.forCall("order-4716", "line-1").encode();
    assertTrue(encoded.startsWith("hb1.OrderActivities.charge.w."), encoded);
    CompletableFuture<List<Receipt>> result =
        desk.start("order-4716", OrderWorkflow.Step.CHARGE, new Line("line-1", 100));
    desk.activities.next();

    Receipt receipt = new Receipt("line-1", "through an encoded business-key handle");
    completer.charge(ChargeHandle.parse(encoded)).complete(receipt);

    assertEquals(List.of(receipt), result.get(30, TimeUnit.SECONDS));
  }

  @Test
  void aCompleterWithoutAWorkflowClientCannotLookUp() {
    OrderActivitiesCompleter limited =
        new OrderActivitiesCompleter(desk.client.newActivityCompletionClient());

    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () -> limited.charge(ChargeHandle.forWorkflow("order-4711")).complete(null));
    assertEquals(
        "The reply to OrderActivities.charge (the pending activity of workflow 'order-4711') must"
            + " first ask Temporal which activity is pending, and this completer was made from an"
            + " ActivityCompletionClient, which cannot: make it from a WorkflowClient",
        thrown.getMessage());
  }
}
