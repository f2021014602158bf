package dev.handback.testing;

import dev.handback.internal.HandleCodec;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import java.lang.reflect.InvocationTargetException;
import java.util.Objects;

/**
 * One hand-off an activity made by calling a generated {@code FooAsync} method: which method, the
 * address its reply goes to, and which activity attempt made it. The kit records every hand-off in
 * the test's JVM; {@link ExternalParty#handOffs(String)} and {@link HandOffs} show them.
 *
 * @param key the activity method, such as {@code ReviewActivities.requestReview}
 * @param activityType its activity type name
 * @param address the activity's ids or the task token of the attempt ({@code @AsyncCompletable}),
 *     or the workflow's signal address ({@code @ExternalResult})
 * @param workflowId the workflow that ran the activity
 * @param runId the workflow's run
 * @param activityId the activity's id in that run
 * @param attempt the attempt that handed off, from 1
 */
public record HandOff(
    HandleKey key,
    String activityType,
    ReplyAddress address,
    String workflowId,
    String runId,
    String activityId,
    int attempt) {

  /** Checks that nothing is missing. */
  public HandOff {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(activityType, "activityType");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(workflowId, "workflowId");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(activityId, "activityId");
  }

  /** The handle as the activity handed it to the external party: {@code handle.encode()}. */
  public String encoded() {
    return HandleCodec.encode(key, address);
  }

  /**
   * The typed handle, such as {@code handOff.handle(RequestReviewHandle.class)}.
   *
   * @throws IllegalArgumentException if {@code handleType} belongs to another method than {@link
   *     #key()}
   */
  public <H extends ReplyHandle> H handle(Class<H> handleType) {
    HandleKey expected = keyOf(handleType);
    if (!expected.equals(key)) {
      throw new IllegalArgumentException(
          "This hand-off was made by "
              + key
              + ", not by "
              + expected
              + ": ask for it with the handle type of "
              + key);
    }
    try {
      return handleType.cast(handleType.getMethod("of", ReplyAddress.class).invoke(null, address));
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(handleType.getName() + ".of failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          handleType.getName() + " is not a generated handle type: " + e, e);
    }
  }

  /**
   * Whether a reply through this hand-off completes the activity (an {@code @AsyncCompletable}
   * method: the address is the activity's ids or one attempt's task token), rather than signalling
   * the waiting workflow.
   */
  public boolean completesTheActivity() {
    return !(address instanceof ReplyAddress.SignalAddress);
  }

  /** Names the method, the attempt and the address; never the token itself. */
  @Override
  public String toString() {
    return "HandOff["
        + key
        + " in workflow '"
        + workflowId
        + "', activity "
        + activityId
        + ", attempt "
        + attempt
        + ", "
        + address
        + "]";
  }

  /** The {@code KEY} a generated handle type declares. */
  static HandleKey keyOf(Class<? extends ReplyHandle> handleType) {
    try {
      Object key = handleType.getField("KEY").get(null);
      if (key instanceof HandleKey handleKey) {
        return handleKey;
      }
    } catch (ReflectiveOperationException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        handleType.getName()
            + " is not a generated handle type (it has no HandleKey KEY), such as"
            + " ReviewActivitiesCompleter.RequestReviewHandle");
  }
}
