package dev.handback.internal;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.HandoffException;
import dev.handback.runtime.ReplyAddress;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    ReplyAddress.TaskToken address = new ReplyAddress.TaskToken(context.getTaskToken());
    Observers.tell(key, address, context.getInfo());
    return address;
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
    ReplyAddress.SignalAddress address =
        new ReplyAddress.SignalAddress(info.getWorkflowId(), info.getWorkflowRunId(), signalName);
    Observers.tell(key, address, info);
    return address;
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

  /** The {@link HandoffObserver}s on the class path, looked up on the first hand-off. */
  private static final class Observers {
    private static final Logger log = LoggerFactory.getLogger(ActivityHandoff.class);
    private static final List<HandoffObserver> ALL = load();

    private Observers() {}

    private static List<HandoffObserver> load() {
      try {
        return ServiceLoader.load(HandoffObserver.class, ActivityHandoff.class.getClassLoader())
            .stream()
            .map(ServiceLoader.Provider::get)
            .toList();
      } catch (ServiceConfigurationError e) {
        log.warn("A HandoffObserver could not be loaded; hand-offs are not observed", e);
        return List.of();
      }
    }

    static void tell(HandleKey key, ReplyAddress address, ActivityInfo activity) {
      for (HandoffObserver observer : ALL) {
        try {
          observer.handedOff(key, address, activity);
        } catch (RuntimeException e) {
          // The hand-off itself succeeded; an observer's failure must not fail the activity.
          log.warn("HandoffObserver {} failed on a hand-off of {}", observer, key, e);
        }
      }
    }
  }
}
