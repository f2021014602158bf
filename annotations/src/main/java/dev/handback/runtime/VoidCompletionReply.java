package dev.handback.runtime;

/**
 * The reply to an asynchronously completed activity that returns nothing; obtained from a generated
 * completer.
 */
public final class VoidCompletionReply extends AbstractCompletionReply implements VoidReply {

  VoidCompletionReply(CompletionChannel channel, Destination destination) {
    super(channel, destination);
  }

  /**
   * A reply to the activity attempt {@code handle} was made for (or, for a handle made while the
   * method was {@code @ExternalResult}, to the workflow that waits for the result).
   */
  public static VoidCompletionReply to(CompletionChannel channel, ReplyHandle handle) {
    return new VoidCompletionReply(channel, Destination.of(handle));
  }

  /**
   * A reply to the current attempt of the activity {@code activityId} of the workflow {@code
   * workflowId}; {@code runId} may be null for the workflow's latest run.
   */
  public static VoidCompletionReply to(
      CompletionChannel channel,
      HandleKey key,
      String workflowId,
      String runId,
      String activityId) {
    return new VoidCompletionReply(channel, ActivityTarget.of(key, workflowId, runId, activityId));
  }

  /**
   * Completes the activity: the workflow's activity call returns.
   *
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  @Override
  public void complete() {
    deliver(null);
  }
}
