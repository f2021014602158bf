package dev.handback.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.NoPendingActivityException;
import dev.handback.runtime.PendingCall;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.SeveralPendingActivitiesException;
import io.temporal.api.common.v1.ActivityType;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Choosing the activity a reply by business key goes to, from a described workflow. */
class PendingActivityLookupTest {
  private static final HandleKey KEY = HandleKey.of("Orders", "charge");
  private static final String TYPE = "Orders_Charge";
  private static final WorkflowExecutionStatus RUNNING =
      WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;

  @Test
  void theOnePendingActivityOfTheTypeIsChosenInTheDescribedRun() {
    DescribeWorkflowExecutionResponse described =
        described(RUNNING, pending("a-1", "Orders_Refund", null), pending("a-2", TYPE, null));

    ActivityTarget.ById chosen = PendingActivityLookup.choose(target("", ""), described);

    assertEquals(new ReplyAddress.ActivityId("order-4711", "run-1", "a-2", ""), chosen.address());
  }

  @Test
  void aCallKeyChoosesAmongParallelCallsAndIsKeptForHeartbeats() {
    DescribeWorkflowExecutionResponse described =
        described(RUNNING, pending("a-1", TYPE, "line-1"), pending("a-2", TYPE, "line-2"));

    ActivityTarget.ById chosen = PendingActivityLookup.choose(target("", "line-2"), described);

    assertEquals(
        new ReplyAddress.ActivityId("order-4711", "run-1", "a-2", "line-2"), chosen.address());
    assertEquals(Optional.of("line-2"), chosen.callKey());
  }

  @Test
  void severalWithoutACallKeyAreListed() {
    DescribeWorkflowExecutionResponse described =
        described(RUNNING, pending("a-1", TYPE, "line-1"), pending("a-2", TYPE, null));

    SeveralPendingActivitiesException thrown =
        assertThrows(
            SeveralPendingActivitiesException.class,
            () -> PendingActivityLookup.choose(target("", ""), described));

    assertEquals(
        List.of(new PendingCall("a-1", "line-1", 1), new PendingCall("a-2", "", 1)),
        thrown.pending());
    assertEquals(
        "Cannot tell which activity the reply to Orders.charge (the pending activity of workflow"
            + " 'order-4711') is for: workflow 'order-4711' has 2 pending activities of type"
            + " 'Orders_Charge': activity 'a-1' (call key 'line-1', attempt 1), activity 'a-2' (no"
            + " call key, attempt 1). Nothing was recorded. Reply with the call key of one (the key"
            + " its hand-off recorded), or with its handle: a call whose hand-off recorded no key"
            + " can only be told apart by its handle.",
        thrown.getMessage());
  }

  @Test
  void noneOfTheTypeSaysTheWorkflowIsRunning() {
    DescribeWorkflowExecutionResponse described =
        described(RUNNING, pending("a-1", "Orders_Refund", "line-1"));

    NoPendingActivityException thrown =
        assertThrows(
            NoPendingActivityException.class,
            () -> PendingActivityLookup.choose(target("", ""), described));

    assertEquals(Optional.of(RUNNING), thrown.workflowStatus());
    assertEquals(
        "Nothing can take the reply to Orders.charge (the pending activity of workflow"
            + " 'order-4711'): workflow 'order-4711' (RUNNING) has no pending activity of type"
            + " 'Orders_Charge': the workflow has not called it yet, or that call already"
            + " completed, failed, timed out or was cancelled. Nothing was recorded. Reply again"
            + " once the workflow waits for it.",
        thrown.getMessage());
  }

  @Test
  void anUnknownCallKeyListsThePendingOnes() {
    DescribeWorkflowExecutionResponse described =
        described(RUNNING, pending("a-1", TYPE, "line-1"));

    NoPendingActivityException thrown =
        assertThrows(
            NoPendingActivityException.class,
            () -> PendingActivityLookup.choose(target("", "line-9"), described));

    assertEquals(List.of(new PendingCall("a-1", "line-1", 1)), thrown.pending());
    assertEquals(
        "Nothing can take the reply to Orders.charge (the pending activity of workflow"
            + " 'order-4711' with call key 'line-9'): workflow 'order-4711' (RUNNING) has no"
            + " pending activity of type 'Orders_Charge' with call key 'line-9'; pending are"
            + " activity 'a-1' (call key 'line-1', attempt 1). Nothing was recorded. Check the call"
            + " key, the one the activity's hand-off recorded.",
        thrown.getMessage());
  }

  @Test
  void aClosedWorkflowNamesItsStatus() {
    DescribeWorkflowExecutionResponse described =
        described(
            WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED,
            pending("a-1", TYPE, null));

    NoPendingActivityException thrown =
        assertThrows(
            NoPendingActivityException.class,
            () -> PendingActivityLookup.choose(target("", ""), described));

    assertEquals(
        "Nothing can take the reply to Orders.charge (the pending activity of workflow"
            + " 'order-4711'): workflow 'order-4711' is no longer running (COMPLETED). Nothing was"
            + " recorded.",
        thrown.getMessage());
  }

  @Test
  void aNonexistentWorkflowSaysSo() {
    NoPendingActivityException thrown =
        new NoPendingActivityException("Orders.charge (…)", "order-0", TYPE, null, "", List.of());

    assertEquals(false, thrown.workflowExists());
    assertEquals(
        "Nothing can take the reply to Orders.charge (…): workflow 'order-0' does not exist in this"
            + " namespace. Nothing was recorded. Check the workflow id, the business key the"
            + " workflow was started with.",
        thrown.getMessage());
  }

  private static PendingActivityTarget target(String runId, String callKey) {
    return new PendingActivityTarget(
        KEY, new ReplyAddress.BusinessKey("order-4711", runId, callKey), TYPE);
  }

  private static DescribeWorkflowExecutionResponse described(
      WorkflowExecutionStatus status, PendingActivityInfo... pending) {
    return DescribeWorkflowExecutionResponse.newBuilder()
        .setWorkflowExecutionInfo(
            WorkflowExecutionInfo.newBuilder()
                .setStatus(status)
                .setExecution(
                    WorkflowExecution.newBuilder()
                        .setWorkflowId("order-4711")
                        .setRunId("run-1")
                        .build()))
        .addAllPendingActivities(List.of(pending))
        .build();
  }

  private static PendingActivityInfo pending(String activityId, String type, String callKey) {
    PendingActivityInfo.Builder info =
        PendingActivityInfo.newBuilder()
            .setActivityId(activityId)
            .setActivityType(ActivityType.newBuilder().setName(type))
            .setAttempt(1);
    if (callKey != null) {
      info.setHeartbeatDetails(
          CallKeys.details(DefaultDataConverter.newDefaultInstance(), null, callKey));
    }
    return info.build();
  }
}
