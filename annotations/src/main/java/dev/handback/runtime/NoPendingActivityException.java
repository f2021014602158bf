package dev.handback.runtime;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A reply by business key found no activity to take it: the workflow does not exist, is no longer
 * running, has no activity of the method pending (its call has not started yet, or is over), or
 * none with the call key asked for. Temporal was asked, nothing was recorded. The message names the
 * workflow's status and, when other calls of the method are pending, lists them.
 */
public final class NoPendingActivityException extends NoLongerWaitingException {
  private static final long serialVersionUID = 1L;

  private final transient WorkflowExecutionStatus workflowStatus;
  private final transient List<PendingCall> pending;

  /**
   * Nothing pending for the reply to {@code target} (its method and business key).
   *
   * @param target the method and the business key, for the message
   * @param workflowId the workflow that was looked in
   * @param activityType the method's activity type
   * @param workflowStatus the workflow's status, or null if the workflow does not exist
   * @param callKey the call key looked for, or empty for none
   * @param pending the activities of that type that are pending with other call keys
   */
  public NoPendingActivityException(
      String target,
      String workflowId,
      String activityType,
      WorkflowExecutionStatus workflowStatus,
      String callKey,
      List<PendingCall> pending) {
    super(message(target, workflowId, activityType, workflowStatus, callKey, pending), null);
    this.workflowStatus = workflowStatus;
    this.pending = List.copyOf(pending);
  }

  private static String message(
      String target,
      String workflowId,
      String activityType,
      WorkflowExecutionStatus status,
      String callKey,
      List<PendingCall> pending) {
    String start = "Nothing can take the reply to " + target + ": ";
    if (status == null) {
      return start
          + "workflow '"
          + workflowId
          + "' does not exist in this namespace. Nothing was recorded. Check the workflow id, the"
          + " business key the workflow was started with.";
    }
    if (status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return start
          + "workflow '"
          + workflowId
          + "' is no longer running ("
          + name(status)
          + "). Nothing was recorded.";
    }
    if (!callKey.isEmpty() && !pending.isEmpty()) {
      return start
          + "workflow '"
          + workflowId
          + "' (RUNNING) has no pending activity of type '"
          + activityType
          + "' with call key '"
          + callKey
          + "'; pending are "
          + pending.stream().map(PendingCall::toString).collect(Collectors.joining(", "))
          + ". Nothing was recorded. Check the call key, the one the activity's hand-off recorded.";
    }
    return start
        + "workflow '"
        + workflowId
        + "' (RUNNING) has no pending activity of type '"
        + activityType
        + "'"
        + (callKey.isEmpty() ? "" : " with call key '" + callKey + "'")
        + ": the workflow has not called it yet, or that call already completed, failed, timed out"
        + " or was cancelled. Nothing was recorded. Reply again once the workflow waits for it.";
  }

  /** The status without its enum prefix, such as {@code COMPLETED}. */
  static String name(WorkflowExecutionStatus status) {
    return status.name().replace("WORKFLOW_EXECUTION_STATUS_", "").toUpperCase(Locale.ROOT);
  }

  /** Whether the workflow exists in the client's namespace. */
  public boolean workflowExists() {
    return workflowStatus != null;
  }

  /** The status of the workflow that was looked in; empty if it does not exist. */
  public Optional<WorkflowExecutionStatus> workflowStatus() {
    return Optional.ofNullable(workflowStatus);
  }

  /** The activities of the method pending with other call keys than the one asked for. */
  public List<PendingCall> pending() {
    return pending == null ? List.of() : pending;
  }
}
