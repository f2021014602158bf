package dev.handback.runtime;

import java.util.Objects;

/** What every reply shares: where it goes, through which channel, and {@code fail}. */
public abstract class AbstractReply {
  private final CompletionChannel channel;
  private final Destination destination;

  AbstractReply(CompletionChannel channel, Destination destination) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.destination = Objects.requireNonNull(destination, "destination");
  }

  final CompletionChannel channel() {
    return channel;
  }

  final Destination destination() {
    return destination;
  }

  /** Delivers {@code result} (null for a method that returns nothing). */
  final void deliver(Object result) {
    destination.complete(channel, result);
  }

  /**
   * Fails the activity, or the workflow's wait for the result: the workflow sees an {@code
   * ApplicationFailure} whose type is {@code failure}'s class name (an {@code ApplicationFailure}'s
   * own type) and whose message is {@code failure}'s. On the asynchronous-completion path the
   * activity's retry policy decides whether it is retried.
   *
   * @throws NoLongerWaitingException if nobody waits for this reply any more
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  public final void fail(Exception failure) {
    destination.fail(channel, Objects.requireNonNull(failure, "failure"));
  }

  /** The method and address this reply goes to; never a token. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + destination.describe() + "]";
  }
}
