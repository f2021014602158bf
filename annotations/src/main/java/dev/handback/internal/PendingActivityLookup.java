package dev.handback.internal;

import dev.handback.runtime.NoPendingActivityException;
import dev.handback.runtime.PendingCall;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.SeveralPendingActivitiesException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the activity a reply by business key goes to, from what {@code DescribeWorkflowExecution}
 * says about the workflow: its status, run id and pending activities, each with its type and
 * heartbeat details (where a hand-off records its call key).
 */
final class PendingActivityLookup {
  private PendingActivityLookup() {}

  /**
   * The one pending activity of {@code target}'s method type (with its call key, if one is asked
   * for) in the workflow {@code described}, by ids, in the run that was described.
   *
   * @throws NoPendingActivityException if the workflow is not running or has no such activity
   * @throws SeveralPendingActivitiesException if it has several and no call key tells them apart
   */
  static ActivityTarget.ById choose(
      PendingActivityTarget target, DescribeWorkflowExecutionResponse described) {
    ReplyAddress.BusinessKey address = target.address();
    String runId = described.getWorkflowExecutionInfo().getExecution().getRunId();
    WorkflowExecutionStatus status = described.getWorkflowExecutionInfo().getStatus();
    if (status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      throw new NoPendingActivityException(
          target.describe(),
          address.workflowId(),
          target.activityType(),
          status,
          address.callKey(),
          List.of());
    }
    List<PendingCall> ofType = new ArrayList<>();
    for (PendingActivityInfo pending : described.getPendingActivitiesList()) {
      if (pending.getActivityType().getName().equals(target.activityType())) {
        ofType.add(
            new PendingCall(
                pending.getActivityId(),
                pending.hasHeartbeatDetails()
                    ? CallKeys.read(pending.getHeartbeatDetails()).orElse("")
                    : "",
                pending.getAttempt()));
      }
    }
    List<PendingCall> chosen =
        address.call().isEmpty()
            ? ofType
            : ofType.stream().filter(call -> call.callKey().equals(address.callKey())).toList();
    if (chosen.isEmpty()) {
      throw new NoPendingActivityException(
          target.describe(),
          address.workflowId(),
          target.activityType(),
          status,
          address.callKey(),
          ofType);
    }
    if (chosen.size() > 1) {
      throw new SeveralPendingActivitiesException(
          target.describe(), address.workflowId(), target.activityType(), chosen);
    }
    PendingCall call = chosen.get(0);
    return new ActivityTarget.ById(
        target.key(),
        new ReplyAddress.ActivityId(
            address.workflowId(), runId, call.activityId(), call.callKey()));
  }
}
