package dev.handback.runtime;

/**
 * The reply to an asynchronously completed activity that returns nothing; obtained from a
 * generated completer.
 */
public final class VoidCompletionReply extends AbstractCompletionReply {

  VoidCompletionReply(CompletionChannel channel, ActivityTarget target) {
    super(channel, target);
  }

  /** A reply to the activity attempt {@code handle} was made for. */
  public static VoidCompletionReply to(CompletionChannel channel, ReplyHandle handle) {
    return new VoidCompletionReply(channel, ActivityTarget.of(handle));
  }

  /**
   * A reply to the current attempt of the activity {@code activityId} of the workflow {@code
   * workflowId}; {@code runId} may be null for the workflow's latest run.
   */
  public static VoidCompletionReply to(
      CompletionChannel channel, HandleKey key, String workflowId, String runId, String activityId) {
    return new VoidCompletionReply(channel, ActivityTarget.of(key, workflowId, runId, activityId));
  }

  /**
   * Completes the activity: the workflow's activity call returns.
   *
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   */
  public void complete() {
    channel().complete(target(), null);
  }
}
