package dev.handback.runtime;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;

/** The activity side of asynchronous completion, called by the generated {@code FooAsync}. */
public final class ActivityHandoff {
  private ActivityHandoff() {}

  /**
   * Marks the running activity as completed later by someone else and returns the address to
   * reply to.
   *
   * @param key the activity method the caller belongs to
   * @param activityType that method's activity type name
   * @throws HandoffException if no activity of that type runs on this thread
   */
  public static ReplyAddress.TaskToken handOff(HandleKey key, String activityType) {
    ActivityExecutionContext context = currentContext(key, activityType);
    ActivityInfo info = context.getInfo();
    if (!info.getActivityType().equals(activityType)) {
      throw new HandoffException(
          caller(key)
              + " was called while activity '"
              + info.getActivityType()
              + "' runs: call it only inside the implementation of "
              + key
              + " (activity type '"
              + activityType
              + "')");
    }
    if (info.isLocal()) {
      throw new HandoffException(
          caller(key)
              + " was called in a local activity, which cannot complete asynchronously: call "
              + key
              + " through a regular activity stub, such as the generated newStub()");
    }
    context.doNotCompleteOnReturn();
    return new ReplyAddress.TaskToken(context.getTaskToken());
  }

  private static ActivityExecutionContext currentContext(HandleKey key, String activityType) {
    try {
      return Activity.getExecutionContext();
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
  }

  private static String caller(HandleKey key) {
    return key.interfaceName() + "Async." + key.methodName() + "()";
  }
}
