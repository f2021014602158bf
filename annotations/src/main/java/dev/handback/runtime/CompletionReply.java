package dev.handback.runtime;

/**
 * The typed reply to an asynchronously completed activity that returns {@code R}; obtained from a
 * generated completer, for example {@code completer.requestReview(handle)}.
 *
 * @param <R> the activity method's result type
 */
public final class CompletionReply<R> extends AbstractCompletionReply {

  CompletionReply(CompletionChannel channel, ActivityTarget target) {
    super(channel, target);
  }

  /** A reply to the activity attempt {@code handle} was made for. */
  public static <R> CompletionReply<R> to(CompletionChannel channel, ReplyHandle handle) {
    return new CompletionReply<>(channel, ActivityTarget.of(handle));
  }

  /**
   * A reply to the current attempt of the activity {@code activityId} of the workflow {@code
   * workflowId}; {@code runId} may be null for the workflow's latest run.
   */
  public static <R> CompletionReply<R> to(
      CompletionChannel channel, HandleKey key, String workflowId, String runId, String activityId) {
    return new CompletionReply<>(channel, ActivityTarget.of(key, workflowId, runId, activityId));
  }

  /**
   * Completes the activity with {@code result}: the workflow's activity call returns it.
   *
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   */
  public void complete(R result) {
    channel().complete(target(), result);
  }
}
