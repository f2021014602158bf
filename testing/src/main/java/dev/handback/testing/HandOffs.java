package dev.handback.testing;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyHandle;
import dev.handback.testing.internal.HandOffLog;
import dev.handback.testing.internal.RecordingCompletionClient;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.testing.ActivityRequestedAsyncCompletion;
import java.util.List;
import java.util.Objects;

/**
 * The hand-offs an activity implementation made during one call, for unit tests of activities with
 * Temporal's {@code TestActivityEnvironment}, without a server:
 *
 * <pre>{@code
 * HandOffs handOffs = HandOffs.during(() -> activities.requestReview(document));
 * RequestReviewHandle handle = handOffs.single(RequestReviewHandle.class);
 * }</pre>
 *
 * <p>The hand-offs are those the kit saw in this JVM while the call ran, so tests that call
 * activities in parallel in one JVM see each other's. {@link #completionClient()} takes replies to
 * them as Temporal would, in memory.
 */
public final class HandOffs {
  private final List<HandOff> handOffs;
  private final RecordingCompletionClient completionClient;

  private HandOffs(List<HandOff> handOffs) {
    this.handOffs = List.copyOf(handOffs);
    this.completionClient = new RecordingCompletionClient(this.handOffs);
  }

  /** An activity call, such as {@code () -> activities.requestReview(document)}. */
  @FunctionalInterface
  public interface ActivityCall {
    /** Calls the activity. */
    void call() throws Exception;
  }

  /**
   * Runs {@code call} and returns the hand-offs made meanwhile. The {@code
   * ActivityRequestedAsyncCompletion} with which {@code TestActivityEnvironment} reports an
   * activity that handed off is expected, and not thrown; anything else the call throws is.
   */
  public static HandOffs during(ActivityCall call) throws Exception {
    Objects.requireNonNull(call, "call");
    long from = HandOffLog.get().nextSequence();
    try {
      call.call();
    } catch (ActivityRequestedAsyncCompletion handedOff) {
      // What an activity that handed off looks like to its caller in TestActivityEnvironment.
    }
    return new HandOffs(HandOffLog.get().since(from));
  }

  /** Every hand-off, in the order they were made. */
  public List<HandOff> all() {
    return handOffs;
  }

  /**
   * The one hand-off the call made, as its typed handle, such as {@code
   * single(RequestReviewHandle.class)}.
   *
   * @throws AssertionError if the call made no hand-off, more than one, or one of another method
   */
  public <H extends ReplyHandle> H single(Class<H> handleType) {
    HandleKey key = HandOff.keyOf(handleType);
    if (handOffs.size() != 1 || !handOffs.get(0).key().equals(key)) {
      throw new AssertionError(
          "Expected exactly one hand-off, of "
              + key
              + ", but the call made "
              + (handOffs.isEmpty()
                  ? "none: the implementation returned without calling "
                      + key.interfaceName()
                      + "Async."
                      + key.methodName()
                      + "()"
                  : handOffs.size() + ": " + handOffs));
    }
    return handOffs.get(0).handle(handleType);
  }

  /**
   * An {@code ActivityCompletionClient} that takes replies to these hand-offs in memory, as
   * Temporal would: the first completion, failure or cancellation of a hand-off is recorded, and
   * any reply after it fails as it fails with Temporal ({@code ActivityNoLongerWaitingException}
   * through a generated completer). Make the completer under test from it: {@code new
   * ReviewActivitiesCompleter(handOffs.completionClient())}.
   *
   * <p>{@code TestActivityEnvironment} gives every activity the same task token; a reply by token
   * goes to the oldest of these hand-offs that still waits.
   */
  public ActivityCompletionClient completionClient() {
    return completionClient;
  }

  /** The replies the {@link #completionClient()} took, in order. */
  public List<RecordedReply> replies() {
    return completionClient.replies();
  }

  /** Lists the hand-offs. */
  @Override
  public String toString() {
    return "HandOffs" + handOffs;
  }
}
