package dev.handback.runtime;

/**
 * The typed reply to an {@code @ExternalResult} method that returns {@code R}: {@code complete} and
 * {@code fail} send the outcome by signal to the workflow that waits for it in its inbox. Obtained
 * from a generated completer, for example {@code completer.submitForReview(handle)}. There is no
 * heartbeat and no cancellation on this path.
 *
 * <p>A handle made while the method was {@code @AsyncCompletable} (a task token) is still completed
 * as it was made for, through Temporal's {@code ActivityCompletionClient}.
 *
 * @param <R> the activity method's result type
 */
public final class SignalReply<R> extends AbstractReply implements Reply<R> {

  private SignalReply(CompletionChannel channel, Destination destination) {
    super(channel, destination);
  }

  /** A reply to the workflow (or, for a task-token handle, the activity) {@code handle} names. */
  public static <R> SignalReply<R> to(CompletionChannel channel, ReplyHandle handle) {
    return new SignalReply<>(channel, Destination.of(handle));
  }

  /**
   * Delivers {@code result}: the workflow's {@code inbox.method().await()} returns it. The first
   * outcome delivered wins; the workflow ignores later ones.
   *
   * @throws WorkflowNoLongerWaitingException if the workflow run no longer exists or has closed
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  @Override
  public void complete(R result) {
    deliver(result);
  }
}
