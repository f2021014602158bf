package dev.handback.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A reply by business key without a call key found several activities of the method pending — the
 * workflow calls it more than once at a time — and cannot tell which one is meant. Nothing was
 * recorded. The message lists them; reply with the call key of one, or with its handle.
 */
public final class SeveralPendingActivitiesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<PendingCall> pending;

  /**
   * Several calls pending for the reply to {@code target}.
   *
   * @param target the method and the business key, for the message
   * @param workflowId the workflow that was looked in
   * @param activityType the method's activity type
   * @param pending the pending activities of that type, at least two
   */
  public SeveralPendingActivitiesException(
      String target, String workflowId, String activityType, List<PendingCall> pending) {
    super(
        "Cannot tell which activity the reply to "
            + target
            + " is for: workflow '"
            + workflowId
            + "' has "
            + pending.size()
            + " pending activities of type '"
            + activityType
            + "': "
            + pending.stream().map(PendingCall::toString).collect(Collectors.joining(", "))
            + ". Nothing was recorded. Reply with the call key of one (the key its hand-off"
            + " recorded)"
            + (pending.stream().anyMatch(call -> call.call().isEmpty())
                ? ", or with its handle: a call whose hand-off recorded no key can only be told apart"
                    + " by its handle"
                : ", or with its handle")
            + ".");
    this.pending = List.copyOf(pending);
  }

  /** The pending activities of the method, in the order Temporal listed them. */
  public List<PendingCall> pending() {
    return pending == null ? List.of() : pending;
  }
}
