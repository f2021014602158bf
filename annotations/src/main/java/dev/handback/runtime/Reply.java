package dev.handback.runtime;

/**
 * What every reply to a method that returns {@code R} can do, on either path: a generated
 * completer's {@code completer.m(handle)} returns a {@link CompletionReply} for an
 * {@code @AsyncCompletable} method and a {@link SignalReply} for an {@code @ExternalResult} one,
 * and both are a {@code Reply}, so {@code completer.m(handle).complete(result)} and {@code
 * .fail(exception)} compile unchanged when the method moves from one path to the other.
 *
 * @param <R> the activity method's result type
 */
public interface Reply<R> {

  /**
   * Delivers {@code result}: the workflow's activity call (or its inbox) returns it.
   *
   * @throws NoLongerWaitingException if nobody waits for this reply any more
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  void complete(R result);

  /**
   * Delivers a failure: the workflow sees an {@code ApplicationFailure} whose type is {@code
   * failure}'s class name (or, for an {@code ApplicationFailure}, its type) and whose message is
   * {@code failure}'s.
   *
   * @throws NoLongerWaitingException if nobody waits for this reply any more
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  void fail(Exception failure);
}
