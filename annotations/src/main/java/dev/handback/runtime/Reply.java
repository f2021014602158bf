package dev.handback.runtime;

/**
 * What every reply to a method that returns {@code R} can do, on either path: a generated
 * completer's {@code completer.m(handle)} returns a {@link CompletionReply} (which is a {@code
 * Reply}) for an {@code @AsyncCompletable} method and a {@code Reply} for an
 * {@code @ExternalResult} one. Code that declares {@code Reply<R> reply = completer.m(handle)} and
 * calls {@code complete(result)} or {@code fail(exception)} compiles unchanged when the method
 * moves from one path to the other.
 *
 * <p>Handback implements this interface; implement it yourself only for test doubles.
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
   * {@code failure}'s. The failure is final on both paths: an {@code @AsyncCompletable} activity is
   * not retried, whatever its retry policy, unless the method declares {@code retryExternalFailures
   * = true}.
   *
   * @throws NoLongerWaitingException if nobody waits for this reply any more
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  void fail(Exception failure);
}
