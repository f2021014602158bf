package dev.handback.runtime;

/**
 * The typed reply to an asynchronously completed activity that returns {@code R}; obtained from a
 * generated completer, for example {@code completer.requestReview(handle)}.
 *
 * @param <R> the activity method's result type
 */
public final class CompletionReply<R> extends AbstractCompletionReply implements Reply<R> {

  CompletionReply(CompletionChannel channel, Destination destination) {
    super(channel, destination);
  }

  /**
   * A reply to the activity attempt {@code handle} was made for (or, for a handle made while the
   * method was {@code @ExternalResult}, to the workflow that waits for the result).
   */
  public static <R> CompletionReply<R> to(CompletionChannel channel, ReplyHandle handle) {
    return new CompletionReply<>(channel, Destination.of(handle));
  }

  /**
   * A reply to the current attempt of the activity {@code activityId} of the workflow {@code
   * workflowId}; {@code runId} may be null for the workflow's latest run.
   */
  public static <R> CompletionReply<R> to(
      CompletionChannel channel,
      HandleKey key,
      String workflowId,
      String runId,
      String activityId) {
    return new CompletionReply<>(channel, ActivityTarget.of(key, workflowId, runId, activityId));
  }

  /**
   * Completes the activity with {@code result}: the workflow's activity call returns it.
   *
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  @Override
  public void complete(R result) {
    deliver(result);
  }
}
