package dev.handback.runtime;

/**
 * {@link Reply} for a method that returns nothing: a generated completer returns a {@link
 * VoidCompletionReply} (which is a {@code VoidReply}) for an {@code @AsyncCompletable} method and a
 * {@code VoidReply} for an {@code @ExternalResult} one.
 *
 * <p>Handback implements this interface; implement it yourself only for test doubles.
 */
public interface VoidReply {

  /**
   * Tells the workflow the external work is done.
   *
   * @throws NoLongerWaitingException if nobody waits for this reply any more
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  void complete();

  /**
   * Delivers a failure, as {@link Reply#fail(Exception)}.
   *
   * @throws NoLongerWaitingException if nobody waits for this reply any more
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  void fail(Exception failure);
}
