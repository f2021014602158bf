package dev.handback.runtime;

/**
 * The reply to an {@code @AsyncCompletable} activity that returns {@code R}: besides {@code
 * complete} and {@code fail} it can heartbeat and confirm a cancellation. Obtained from a generated
 * completer, for example {@code completer.requestReview(handle)}.
 *
 * <p>Declare a variable as {@link Reply Reply&lt;R&gt;} to keep code unchanged when the method
 * moves to {@code @ExternalResult}, where there is no heartbeat or cancellation. A handle made
 * while the method was {@code @ExternalResult} (a signal address) can still be completed and failed
 * through this reply; {@code heartbeat} and {@code reportCancellation} then throw {@link
 * UnsupportedOperationException}.
 *
 * <p>Handback implements this interface; implement it yourself only for test doubles.
 *
 * @param <R> the activity method's result type
 */
public interface CompletionReply<R> extends Reply<R> {

  /**
   * Completes the activity with {@code result}: the workflow's activity call returns it.
   *
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  @Override
  void complete(R result);

  /**
   * Tells Temporal the external work is still going, with optional progress {@code details} that a
   * retried attempt can read. Keeps an activity with a heartbeat timeout alive.
   *
   * @throws ActivityCancellationRequestedException if the workflow asked to cancel the activity
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  void heartbeat(Object details);

  /** {@link #heartbeat(Object)} without details. */
  void heartbeat();

  /**
   * Confirms that the external work stopped after the workflow asked to cancel: the activity ends
   * as cancelled.
   *
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  void reportCancellation(Object details);

  /** {@link #reportCancellation(Object)} without details. */
  void reportCancellation();
}
