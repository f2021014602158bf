package dev.handback.internal;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.HandoffException;
import dev.handback.runtime.ReplyAddress;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;

/**
 * The activity side of the two ways a result comes back later, called by the generated {@code
 * FooAsync}: {@link #handOff} for asynchronous completion, {@link #signalAddress} for a result
 * delivered to the workflow by signal.
 */
public final class ActivityHandoff {
  private ActivityHandoff() {}

  /**
   * Marks the running activity as completed later by someone else and returns the address to reply
   * to.
   *
   * @param key the activity method the caller belongs to
   * @param activityType that method's activity type name
   * @throws HandoffException if no activity of that type runs on this thread
   */
  public static ReplyAddress.TaskToken handOff(HandleKey key, String activityType) {
    ActivityExecutionContext context = currentContext(key, activityType);
    if (context.getInfo().isLocal()) {
      throw new HandoffException(
          caller(key)
              + " was called in a local activity, which cannot complete asynchronously: call "
              + key
              + " through a regular activity stub, such as the generated newStub()");
    }
    context.doNotCompleteOnReturn();
    return new ReplyAddress.TaskToken(context.getTaskToken());
  }

  /**
   * The address at which the workflow that runs this activity waits for the result: its workflow
   * id, run id and {@code signalName}. The activity itself completes normally when it returns.
   *
   * @param key the activity method the caller belongs to
   * @param activityType that method's activity type name
   * @param signalName the signal the workflow's generated inbox listens to
   * @throws HandoffException if no activity of that type runs on this thread
   */
  public static ReplyAddress.SignalAddress signalAddress(
      HandleKey key, String activityType, String signalName) {
    ActivityInfo info = currentContext(key, activityType).getInfo();
    return new ReplyAddress.SignalAddress(
        info.getWorkflowId(), info.getWorkflowRunId(), signalName);
  }

  /** The context of the running activity, checked to be of {@code activityType}. */
  private static ActivityExecutionContext currentContext(HandleKey key, String activityType) {
    ActivityExecutionContext context;
    try {
      context = Activity.getExecutionContext();
    } catch (IllegalStateException e) {
      throw new HandoffException(
          caller(key)
              + " was called outside an activity: call it inside the implementation of "
              + key
              + " (activity type '"
              + activityType
              + "'), on the thread that runs it",
          e);
    }
    String running = context.getInfo().getActivityType();
    if (!running.equals(activityType)) {
      throw new HandoffException(
          caller(key)
              + " was called while activity '"
              + running
              + "' runs: call it only inside the implementation of "
              + key
              + " (activity type '"
              + activityType
              + "')");
    }
    return context;
  }

  private static String caller(HandleKey key) {
    return key.interfaceName() + "Async." + key.methodName() + "()";
  }
}
