package dev.handback.internal;

import dev.handback.runtime.CompletionReply;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyHandle;
import dev.handback.runtime.VoidCompletionReply;
import java.util.Objects;

/**
 * The one implementation of every reply interface: generated completers return it typed as {@link
 * CompletionReply}, {@link VoidCompletionReply}, {@code Reply} or {@code VoidReply}, and the
 * webhook receiver delivers through it ({@link MethodRoute}). Where it goes is chosen by the kind
 * of address a handle carries, not by the method's annotation, so a handle made before a method
 * moved to the other path is still delivered the way it was made for. Every failure an external
 * party reports passes through {@link #fail}, which sends it as {@link ExternalFailures} say: final
 * by default, on every path.
 *
 * @param <R> the activity method's result type
 */
public final class DeliveringReply<R> implements CompletionReply<R>, VoidCompletionReply {
  private final CompletionChannel channel;
  private final Destination destination;
  private final ExternalFailures failures;

  private DeliveringReply(
      CompletionChannel channel, Destination destination, ExternalFailures failures) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.destination = Objects.requireNonNull(destination, "destination");
    this.failures = Objects.requireNonNull(failures, "failures");
  }

  /**
   * A reply to where {@code handle} points: an activity by its ids, one attempt by its task token,
   * the activity of type {@code activityType} pending in a workflow known by its business key, or a
   * workflow waiting for a signal. Its failures are final.
   */
  public static <R> DeliveringReply<R> to(
      CompletionChannel channel, ReplyHandle handle, String activityType) {
    return to(channel, handle, activityType, ExternalFailures.FINAL);
  }

  /**
   * A reply to where {@code handle} points, as {@link #to(CompletionChannel, ReplyHandle, String)},
   * whose failures do what {@code failures} says.
   */
  public static <R> DeliveringReply<R> to(
      CompletionChannel channel,
      ReplyHandle handle,
      String activityType,
      ExternalFailures failures) {
    return new DeliveringReply<>(channel, Destination.of(handle, activityType), failures);
  }

  /**
   * A reply to the current attempt of the activity {@code activityId} of the workflow {@code
   * workflowId}; {@code runId} may be null for the workflow's latest run. Its failures are final.
   */
  public static <R> DeliveringReply<R> toActivity(
      CompletionChannel channel,
      HandleKey key,
      String workflowId,
      String runId,
      String activityId) {
    return toActivity(channel, key, workflowId, runId, activityId, ExternalFailures.FINAL);
  }

  /**
   * A reply to the current attempt of an activity, as {@link #toActivity(CompletionChannel,
   * HandleKey, String, String, String)}, whose failures do what {@code failures} says.
   */
  public static <R> DeliveringReply<R> toActivity(
      CompletionChannel channel,
      HandleKey key,
      String workflowId,
      String runId,
      String activityId,
      ExternalFailures failures) {
    return new DeliveringReply<>(
        channel, ActivityTarget.of(key, workflowId, runId, activityId), failures);
  }

  @Override
  public void complete(R result) {
    destination.complete(channel, result);
  }

  @Override
  public void complete() {
    destination.complete(channel, null);
  }

  @Override
  public void fail(Exception failure) {
    deliverFailure(failure);
  }

  /** {@link #fail}, saying whether Temporal recorded the failure now or had already. */
  Delivery deliverFailure(Exception failure) {
    return destination.fail(channel, failures.toSend(Objects.requireNonNull(failure, "failure")));
  }

  @Override
  public void heartbeat(Object details) {
    destination.heartbeat(channel, details);
  }

  @Override
  public void heartbeat() {
    heartbeat(null);
  }

  @Override
  public void reportCancellation(Object details) {
    destination.reportCancellation(channel, details);
  }

  @Override
  public void reportCancellation() {
    reportCancellation(null);
  }

  /** The method and address this reply goes to; never a token. */
  @Override
  public String toString() {
    return "Reply[" + destination.describe() + "]";
  }
}
