package dev.handback.internal;

import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import java.util.Objects;

/**
 * Where a reply goes. Chosen by the kind of address a handle carries, not by the method's
 * annotation, so a handle made before a method moved to the other path is still delivered the way
 * it was made for.
 */
interface Destination {

  /**
   * The destination of {@code handle}, a handle of a method whose activity type is {@code
   * activityType} (a business-key address looks up the pending activity of that type).
   */
  static Destination of(ReplyHandle handle, String activityType) {
    Objects.requireNonNull(handle, "handle");
    ReplyAddress address = handle.address();
    if (address instanceof ReplyAddress.SignalAddress signal) {
      return new SignalTarget(handle.key(), signal);
    }
    if (address instanceof ReplyAddress.ActivityId ids) {
      return new ActivityTarget.ById(handle.key(), ids);
    }
    if (address instanceof ReplyAddress.BusinessKey businessKey) {
      return new PendingActivityTarget(handle.key(), businessKey, activityType);
    }
    return new ActivityTarget.ByToken(handle.key(), (ReplyAddress.TaskToken) address);
  }

  Delivery complete(CompletionChannel channel, Object result);

  Delivery fail(CompletionChannel channel, Exception failure);

  /**
   * Heartbeats the activity.
   *
   * @throws UnsupportedOperationException if this destination is not an activity
   */
  void heartbeat(CompletionChannel channel, Object details);

  /**
   * Confirms the activity's cancellation.
   *
   * @throws UnsupportedOperationException if this destination is not an activity
   */
  Delivery reportCancellation(CompletionChannel channel, Object details);

  /** The method and the address, for messages; never a token. */
  String describe();
}
