package dev.handback.runtime;

/**
 * {@link SignalReply} for an {@code @ExternalResult} method that returns nothing: {@code complete}
 * tells the waiting workflow the external work is done.
 */
public final class VoidSignalReply extends AbstractReply implements VoidReply {

  private VoidSignalReply(CompletionChannel channel, Destination destination) {
    super(channel, destination);
  }

  /** A reply to the workflow (or, for a task-token handle, the activity) {@code handle} names. */
  public static VoidSignalReply to(CompletionChannel channel, ReplyHandle handle) {
    return new VoidSignalReply(channel, Destination.of(handle));
  }

  /**
   * Tells the workflow the external work is done: its {@code inbox.method().await()} returns.
   *
   * @throws WorkflowNoLongerWaitingException if the workflow run no longer exists or has closed
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  @Override
  public void complete() {
    deliver(null);
  }
}
