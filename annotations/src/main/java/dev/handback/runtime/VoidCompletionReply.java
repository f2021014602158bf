package dev.handback.runtime;

/**
 * {@link CompletionReply} for an {@code @AsyncCompletable} activity that returns nothing. Declare a
 * variable as {@link VoidReply} to keep code unchanged when the method moves to
 * {@code @ExternalResult}.
 *
 * <p>Handback implements this interface; implement it yourself only for test doubles.
 */
public interface VoidCompletionReply extends VoidReply {

  /**
   * Completes the activity: the workflow's activity call returns.
   *
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  @Override
  void complete();

  /** As {@link CompletionReply#heartbeat(Object)}. */
  void heartbeat(Object details);

  /** {@link #heartbeat(Object)} without details. */
  void heartbeat();

  /** As {@link CompletionReply#reportCancellation(Object)}. */
  void reportCancellation(Object details);

  /** {@link #reportCancellation(Object)} without details. */
  void reportCancellation();
}
