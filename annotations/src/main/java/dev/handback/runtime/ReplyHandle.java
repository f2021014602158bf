package dev.handback.runtime;

import dev.handback.internal.HandleCodec;
import java.util.Objects;

/**
 * A typed reference to one activity that waits for its result, made for exactly one activity
 * method. The processor generates one final subclass per method (for example {@code
 * ReviewActivitiesCompleter.RequestReviewHandle}), so a handle of one method cannot be passed where
 * another's is expected; {@link #encode()} carries the method's name across string boundaries,
 * where {@code parse} checks it.
 *
 * <p>A handle that wraps a task token addresses one attempt of the activity: once that attempt ends
 * (it completes, fails, times out, or is retried), completing through the handle throws {@link
 * ActivityNoLongerWaitingException}.
 */
public abstract class ReplyHandle {
  private final HandleKey key;
  private final ReplyAddress address;

  /** For generated subclasses. */
  protected ReplyHandle(HandleKey key, ReplyAddress address) {
    this.key = Objects.requireNonNull(key, "key");
    this.address = Objects.requireNonNull(address, "address");
  }

  /** The activity method this handle was made for. */
  public final HandleKey key() {
    return key;
  }

  /** Where a reply through this handle goes. */
  public final ReplyAddress address() {
    return address;
  }

  /**
   * This handle as a URL-safe string that names its method, to hand to an external party; the
   * generated {@code parse} of the same handle type turns it back into a handle.
   */
  public final String encode() {
    return HandleCodec.encode(key, address);
  }

  @Override
  public final boolean equals(Object other) {
    // Two handle classes never mean the same method, even with one key (another version of it).
    return other instanceof ReplyHandle that
        && that.getClass() == getClass()
        && that.key.equals(key)
        && that.address.equals(address);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(key, address);
  }

  /** Names the method and a short fingerprint of the address; never the token itself. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + key + ", " + address + "]";
  }
}
