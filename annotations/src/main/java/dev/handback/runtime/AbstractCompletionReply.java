package dev.handback.runtime;

import java.util.Objects;

/**
 * What every reply to an asynchronously completed activity can do besides completing it: fail
 * it, heartbeat, and confirm a cancellation.
 */
public abstract class AbstractCompletionReply {
  private final CompletionChannel channel;
  private final ActivityTarget target;

  AbstractCompletionReply(CompletionChannel channel, ActivityTarget target) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.target = Objects.requireNonNull(target, "target");
  }

  final CompletionChannel channel() {
    return channel;
  }

  final ActivityTarget target() {
    return target;
  }

  /**
   * Fails the activity: the workflow sees an {@code ActivityFailure} whose cause carries {@code
   * failure}'s class name and message; the activity's retry policy decides whether it is retried.
   *
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   */
  public final void fail(Exception failure) {
    channel.fail(target, failure);
  }

  /**
   * Tells Temporal the external work is still going, with optional progress {@code details} that a
   * retried attempt can read. Keeps an activity with a heartbeat timeout alive.
   *
   * @throws ActivityCancellationRequestedException if the workflow asked to cancel the activity
   * @throws ActivityNoLongerWaitingException if the activity no longer waits for a reply
   */
  public final void heartbeat(Object details) {
    channel.heartbeat(target, details);
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
   */
  public final void reportCancellation(Object details) {
    channel.reportCancellation(target, details);
  }

  /** {@link #reportCancellation(Object)} without details. */
  public final void reportCancellation() {
    reportCancellation(null);
  }

  /** The method and address this reply goes to; never the token. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + target.describe() + "]";
  }
}
