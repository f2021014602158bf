package dev.handback.runtime;

/**
 * What every reply to an asynchronously completed activity can do besides completing it: fail it,
 * heartbeat, and confirm a cancellation. A handle made while the method was {@code @ExternalResult}
 * (a signal address) can still be completed and failed through it; heartbeat and cancellation then
 * throw {@link UnsupportedOperationException}.
 */
public abstract class AbstractCompletionReply extends AbstractReply {

  AbstractCompletionReply(CompletionChannel channel, Destination destination) {
    super(channel, destination);
  }

  /**
   * Tells Temporal the external work is still going, with optional progress {@code details} that a
   * retried attempt can read. Keeps an activity with a heartbeat timeout alive.
   *
   * @throws ActivityCancellationRequestedException if the workflow asked to cancel the activity
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  public final void heartbeat(Object details) {
    channel().heartbeat(destination().activity("heartbeat"), details);
  }

  /** {@link #heartbeat(Object)} without details. */
  public final void heartbeat() {
    heartbeat(null);
  }

  /**
   * Confirms that the external work stopped after the workflow asked to cancel: the activity ends
   * as cancelled.
   *
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  public final void reportCancellation(Object details) {
    channel().reportCancellation(destination().activity("reportCancellation"), details);
  }

  /** {@link #reportCancellation(Object)} without details. */
  public final void reportCancellation() {
    reportCancellation(null);
  }
}
