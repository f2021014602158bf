package dev.handback.internal;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyAddress;
import io.temporal.activity.ActivityInfo;

/**
 * Told of every hand-off made in this JVM by a generated {@code FooAsync} method, so that
 * Handback's test kit can show tests the handles an activity handed out. Implementations are found
 * once, with {@link java.util.ServiceLoader}, on the class path of the runtime; without one a
 * hand-off costs nothing more. An observer must return quickly and must not throw: it runs on the
 * activity's thread, inside the implementation that hands off.
 */
public interface HandoffObserver {

  /**
   * The running activity {@code activity} handed off: its reply goes to {@code address}.
   *
   * @param key the activity method that handed off
   * @param address the activity's ids or one attempt's task token for asynchronous completion, or
   *     the signal address of the workflow that waits for the result
   * @param activity what Temporal says of the running activity
   */
  void handedOff(HandleKey key, ReplyAddress address, ActivityInfo activity);
}
