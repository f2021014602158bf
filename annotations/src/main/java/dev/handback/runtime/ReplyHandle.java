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
 * <p>The activity implementation makes the handle inside the activity, through the generated {@code
 * FooAsync}, and hands it to the external party, usually as the string {@link #encode()} gives. By
 * default the handle addresses the activity by its ids, whatever its attempt ({@link
 * ReplyAddress.ActivityId}): every attempt hands out the same handle, and a reply reaches the
 * attempt that is current. A handle that wraps a task token ({@link ReplyAddress.TaskToken}, made
 * for {@code handleScope = ATTEMPT}) addresses one attempt of the activity: once that attempt ends
 * (it completes, fails, times out, or is retried), completing through the handle throws {@link
 * ActivityNoLongerWaitingException}. For an {@code @ExternalResult} method the handle addresses the
 * workflow that waits for the result by signal ({@link ReplyAddress.SignalAddress}).
 *
 * <p>Each generated handle type has the same static members:
 *
 * <ul>
 *   <li>{@code KEY}, the method the type belongs to, as encoded handles name it ({@link #key()});
 *   <li>{@code of(address)}, the handle at an address, such as another handle's {@link #address()};
 *   <li>{@code parse(encoded)}, which reads back what {@link #encode()} gave and throws {@link
 *       InvalidHandleException} for anything else: an empty, damaged or truncated string, one of an
 *       unknown version, or a handle made for another method;
 *   <li>{@code forWorkflow(workflowId)} and {@code forWorkflow(workflowId, runId)}, for a party
 *       that knows the workflow by its business key, the id it was started with, but was not given
 *       a handle; a {@code null} run id means the latest run. A reply through such a handle asks
 *       Temporal which activity of the method the workflow has pending, and goes to that one
 *       ({@link ReplyAddress.BusinessKey}); for an {@code @ExternalResult} method it goes by signal
 *       to the workflow run;
 *   <li>{@code forCall(workflowId, callKey)}, for a method whose handles address the activity by
 *       its ids, when the workflow runs several calls of the method at once: the handle of the call
 *       pending in the latest run of the workflow whose hand-off recorded {@code callKey} ({@code
 *       FooAsync.m(callKey)}).
 * </ul>
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
