package dev.handback.internal;

import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import java.util.Objects;

/**
 * Where {@code complete} and {@code fail} go. Chosen by the kind of address a handle carries, not
 * by the method's annotation, so a handle made before a method moved to the other path is still
 * delivered the way it was made for.
 */
interface Destination {

  static Destination of(ReplyHandle handle) {
    Objects.requireNonNull(handle, "handle");
    if (handle.address() instanceof ReplyAddress.SignalAddress signal) {
      return new SignalTarget(handle.key(), signal);
    }
    return new ActivityTarget.ByToken(handle.key(), (ReplyAddress.TaskToken) handle.address());
  }

  void complete(CompletionChannel channel, Object result);

  void fail(CompletionChannel channel, Exception failure);

  /**
   * The activity to heartbeat or to report a cancellation for.
   *
   * @throws UnsupportedOperationException if this destination is not an activity
   */
  ActivityTarget activity(String operation);

  /** The method and the address, for messages; never a token. */
  String describe();
}
