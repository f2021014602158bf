package dev.handback.runtime;

import io.temporal.client.ActivityCanceledException;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.client.ActivityNotExistsException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowTargetOptions;
import java.util.Objects;

/**
 * The connection a generated completer replies through, with Temporal's exceptions translated
 * into Handback's: {@link ActivityNoLongerWaitingException}, {@link
 * WorkflowNoLongerWaitingException} and {@link ActivityCancellationRequestedException}.
 */
public final class CompletionChannel {
  private final ActivityCompletionClient completionClient;
  private final RawCompletionService rawService;
  private final WorkflowClient workflowClient;

  private CompletionChannel(
      ActivityCompletionClient completionClient,
      RawCompletionService raw,
      WorkflowClient workflowClient) {
    this.completionClient = Objects.requireNonNull(completionClient, "completionClient");
    this.rawService = raw;
    this.workflowClient = workflowClient;
  }

  /**
   * Replies through {@code client}: completes activities, signals workflows, and throws when a
   * {@code reportCancellation} fails.
   */
  public static CompletionChannel of(WorkflowClient client) {
    Objects.requireNonNull(client, "client");
    return new CompletionChannel(
        client.newActivityCompletionClient(), new RawCompletionService(client), client);
  }

  /**
   * Replies through {@code client}. Temporal's {@code reportCancellation} only logs its errors, so
   * with this channel a lost cancellation report is not thrown, and it cannot signal a workflow
   * (the {@code @ExternalResult} path); prefer {@link #of(WorkflowClient)}.
   */
  public static CompletionChannel of(ActivityCompletionClient client) {
    return new CompletionChannel(client, null, null);
  }

  void complete(ActivityTarget target, Object result) {
    translate(target, () -> target.complete(completionClient, result));
  }

  void fail(ActivityTarget target, Exception failure) {
    Objects.requireNonNull(failure, "failure");
    translate(target, () -> target.fail(completionClient, failure));
  }

  void heartbeat(ActivityTarget target, Object details) {
    translate(target, () -> target.heartbeat(completionClient, details));
  }

  void reportCancellation(ActivityTarget target, Object details) {
    if (rawService == null) {
      translate(target, () -> target.reportCancellation(completionClient, details));
    } else {
      translate(target, () -> target.reportCancellation(rawService, details));
    }
  }

  void signal(SignalTarget target, ExternalOutcome<?> outcome) {
    if (workflowClient == null) {
      throw new IllegalStateException(
          "The reply to "
              + target.describe()
              + " goes to the workflow by signal, and this completer was made from an"
              + " ActivityCompletionClient, which cannot signal: make it from a WorkflowClient");
    }
    ReplyAddress.SignalAddress address = target.address();
    try {
      workflowClient
          .newUntypedWorkflowStub(
              WorkflowTargetOptions.newBuilder()
                  .setWorkflowId(address.workflowId())
                  .setRunId(address.run().orElse(null))
                  .build())
          .signal(address.signalName(), outcome);
    } catch (RuntimeException e) {
      if (hasCause(e, WorkflowNotFoundException.class)) {
        throw new WorkflowNoLongerWaitingException(target.describe(), e);
      }
      throw e;
    }
  }

  private static void translate(ActivityTarget target, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      if (hasCause(e, ActivityCanceledException.class)) {
        throw new ActivityCancellationRequestedException(target.describe(), e);
      }
      if (hasCause(e, ActivityNotExistsException.class)) {
        throw new ActivityNoLongerWaitingException(target.describe(), e);
      }
      throw e;
    }
  }

  private static boolean hasCause(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }
}
