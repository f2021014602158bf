package dev.handback.internal;

import com.google.protobuf.ByteString;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.HandoffException;
import dev.handback.runtime.ReplyAddress;
import io.grpc.StatusRuntimeException;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.api.workflowservice.v1.RecordActivityTaskHeartbeatRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The activity side of the two ways a result comes back later, called by the generated {@code
 * FooAsync}: {@link #handOff} (by ids, the default) and {@link #handOffAttempt} (by task token) for
 * asynchronous completion, {@link #signalAddress} for a result delivered to the workflow by signal.
 */
public final class ActivityHandoff {
  private ActivityHandoff() {}

  /** Longest call key a hand-off records, in characters: Temporal's default limit for ids. */
  public static final int MAX_CALL_KEY_LENGTH = 1000;

  /**
   * Marks the running activity as completed later by someone else and returns its address by ids,
   * the same for every attempt of the activity.
   *
   * @param key the activity method the caller belongs to
   * @param activityType that method's activity type name
   * @throws HandoffException if no activity of that type runs on this thread
   */
  public static ReplyAddress.ActivityId handOff(HandleKey key, String activityType) {
    ActivityInfo info = handOffContext(key, activityType).getInfo();
    return told(key, addressOf(info, ""), info);
  }

  /**
   * {@link #handOff(HandleKey, String)}, and records {@code callKey} in Temporal's state for this
   * activity (its heartbeat details), so that a reply by business key can tell this call of the
   * method from others pending in the same workflow at the same time. A retried attempt that
   * started with the key recorded sends nothing.
   *
   * @param key the activity method the caller belongs to
   * @param activityType that method's activity type name
   * @param callKey the key, not empty, at most {@value #MAX_CALL_KEY_LENGTH} characters
   * @throws HandoffException if no activity of that type runs on this thread, or Temporal could not
   *     record the key (the attempt then fails, and Temporal retries it as its options say)
   */
  public static ReplyAddress.ActivityId handOff(
      HandleKey key, String activityType, String callKey) {
    if (callKey == null || callKey.isEmpty() || callKey.length() > MAX_CALL_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "The call key of "
              + caller(key)
              + " must be 1 to "
              + MAX_CALL_KEY_LENGTH
              + " characters long, and is "
              + (callKey == null ? "null" : callKey.length() + " characters long"));
    }
    ActivityExecutionContext context = handOffContext(key, activityType);
    ActivityInfo info = context.getInfo();
    if (!info.getHeartbeatDetails().flatMap(CallKeys::read).filter(callKey::equals).isPresent()) {
      record(key, context, callKey);
    }
    return told(key, addressOf(info, callKey), info);
  }

  /**
   * Marks the running activity as completed later by someone else and returns the task token of
   * this attempt: a reply through it reaches this attempt only, never a retried one.
   *
   * @param key the activity method the caller belongs to
   * @param activityType that method's activity type name
   * @throws HandoffException if no activity of that type runs on this thread
   */
  public static ReplyAddress.TaskToken handOffAttempt(HandleKey key, String activityType) {
    ActivityExecutionContext context = handOffContext(key, activityType);
    return told(key, new ReplyAddress.TaskToken(context.getTaskToken()), context.getInfo());
  }

  /** Tells the observers of the hand-off to {@code address} and returns it. */
  private static <A extends ReplyAddress> A told(HandleKey key, A address, ActivityInfo activity) {
    Observers.tell(key, address, activity);
    return address;
  }

  private static ReplyAddress.ActivityId addressOf(ActivityInfo info, String callKey) {
    return new ReplyAddress.ActivityId(
        info.getWorkflowId(), info.getWorkflowRunId(), info.getActivityId(), callKey);
  }

  /** The running activity's context, marked as completed later. */
  private static ActivityExecutionContext handOffContext(HandleKey key, String activityType) {
    ActivityExecutionContext context = currentContext(key, activityType);
    if (context.getInfo().isLocal()) {
      throw new HandoffException(
          caller(key)
              + " was called in a local activity, which cannot complete asynchronously: call "
              + key
              + " through a regular activity stub, such as the generated newStub()");
    }
    context.doNotCompleteOnReturn();
    return context;
  }

  /** Records the call key as this attempt's heartbeat details, keeping the progress details. */
  private static void record(HandleKey key, ActivityExecutionContext context, String callKey) {
    WorkflowClient client = context.getWorkflowClient();
    RecordActivityTaskHeartbeatRequest request =
        RecordActivityTaskHeartbeatRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setIdentity(client.getOptions().getIdentity())
            .setTaskToken(ByteString.copyFrom(context.getTaskToken()))
            .setDetails(CallKeys.keep(context.getInfo().getHeartbeatDetails(), callKey))
            .build();
    WorkflowServiceStubs stubs = client.getWorkflowServiceStubs();
    try {
      new RpcRetries(stubs).run(() -> stubs.blockingStub().recordActivityTaskHeartbeat(request));
    } catch (StatusRuntimeException e) {
      throw new HandoffException(
          caller(key)
              + " could not record the call key '"
              + callKey
              + "' in Temporal ("
              + e.getStatus().getCode()
              + "): this attempt fails, and Temporal retries it as the activity's options say",
          e);
    }
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
