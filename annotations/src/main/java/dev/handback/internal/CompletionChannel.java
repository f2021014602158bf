package dev.handback.internal;

import dev.handback.internal.ReplyMetrics.Outcome;
import dev.handback.internal.ReplyMetrics.Path;
import dev.handback.runtime.ActivityCancellationRequestedException;
import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.ExternalOutcome;
import dev.handback.runtime.NoPendingActivityException;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyNotDeliveredException;
import dev.handback.runtime.ReplyRefusedException;
import dev.handback.runtime.SeveralPendingActivitiesException;
import dev.handback.runtime.TemporalUnavailableException;
import dev.handback.runtime.WorkflowNoLongerWaitingException;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.client.ActivityCanceledException;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.client.ActivityCompletionFailureException;
import io.temporal.client.ActivityNotExistsException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowTargetOptions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The connection a generated completer replies through, with Temporal's exceptions translated into
 * Handback's: {@link ActivityNoLongerWaitingException}, {@link WorkflowNoLongerWaitingException},
 * {@link NoPendingActivityException}, {@link ActivityCancellationRequestedException}, and for a
 * reply Temporal did not take, {@link ReplyRefusedException} (not retried) or {@link
 * TemporalUnavailableException} (retried until the client's {@code RpcRetryOptions} ran out).
 */
public final class CompletionChannel {
  private final ActivityCompletionClient completionClient;
  private final RawCompletionService rawService;
  private final WorkflowClient workflowClient;
  private final RpcRetries retries;
  private final ReplyMetrics metrics;

  private CompletionChannel(
      ActivityCompletionClient completionClient,
      WorkflowClient workflowClient,
      RpcRetries retries,
      ReplyMetrics metrics) {
    this.completionClient = Objects.requireNonNull(completionClient, "completionClient");
    this.workflowClient = workflowClient;
    this.retries = retries;
    this.metrics = metrics;
    this.rawService =
        workflowClient == null ? null : new RawCompletionService(workflowClient, retries);
  }

  /**
   * Replies through {@code client}: completes activities, signals workflows, and throws when a
   * {@code reportCancellation} fails. Every call is retried with the {@code RpcRetryOptions} of the
   * client's {@code WorkflowServiceStubs}, and counted and timed on their metrics scope ({@link
   * HandbackMetrics}).
   */
  public static CompletionChannel of(WorkflowClient client) {
    Objects.requireNonNull(client, "client");
    return new CompletionChannel(
        client.newActivityCompletionClient(),
        client,
        new RpcRetries(client.getWorkflowServiceStubs()),
        new ReplyMetrics(HandbackMetrics.scope(client)));
  }

  /**
   * Replies through {@code client}. Temporal's {@code reportCancellation} only logs its errors, so
   * with this channel a lost cancellation report is not thrown; {@code heartbeat} is not retried
   * and drops a recorded call key; it can neither signal a workflow (the {@code @ExternalResult}
   * path) nor reply by business key; and its replies are not counted (it does not show Handback the
   * client's metrics scope). Prefer {@link #of(WorkflowClient)}.
   */
  public static CompletionChannel of(ActivityCompletionClient client) {
    return new CompletionChannel(client, null, null, ReplyMetrics.NONE);
  }

  void complete(ActivityTarget target, Object result) {
    translate(target, Outcome.COMPLETED, () -> target.complete(completionClient, result));
  }

  void fail(ActivityTarget target, Exception failure) {
    Objects.requireNonNull(failure, "failure");
    translate(target, Outcome.FAILED, () -> target.fail(completionClient, failure));
  }

  void heartbeat(ActivityTarget target, Object details) {
    if (rawService != null
        && target instanceof ActivityTarget.ById byIds
        && byIds.callKey().isPresent()) {
      // A heartbeat replaces the recorded details as a whole: send the call key along.
      ReplyAddress.ActivityId address = byIds.address();
      translate(
          target,
          Outcome.HEARTBEAT,
          () -> {
            boolean cancelRequested =
                rawService.heartbeat(
                    address.workflowId(),
                    address.run(),
                    address.activityId(),
                    CallKeys.details(
                        workflowClient.getOptions().getDataConverter(),
                        details,
                        address.callKey()));
            if (cancelRequested) {
              throw new ActivityCanceledException();
            }
          });
      return;
    }
    translate(
        target,
        Outcome.HEARTBEAT,
        () -> retrying(() -> target.heartbeat(completionClient, details)));
  }

  /**
   * The activity a reply by business key goes to, as Temporal describes the workflow now.
   *
   * @throws NoPendingActivityException if the workflow does not exist or has no such activity
   * @throws SeveralPendingActivitiesException if several are pending and no call key tells which
   */
  ActivityTarget lookUp(PendingActivityTarget target) {
    if (rawService == null) {
      throw new IllegalStateException(
          "The reply to "
              + target.describe()
              + " must first ask Temporal which activity is pending, and this completer was made"
              + " from an ActivityCompletionClient, which cannot: make it from a WorkflowClient");
    }
    ReplyAddress.BusinessKey address = target.address();
    Optional<DescribeWorkflowExecutionResponse> described;
    try {
      described = rawService.describe(address.workflowId(), address.run());
    } catch (RuntimeException e) {
      throw notDelivered(target.describe(), e);
    }
    if (described.isEmpty()) {
      throw new NoPendingActivityException(
          target.describe(),
          address.workflowId(),
          target.activityType(),
          null,
          address.callKey(),
          List.of());
    }
    return PendingActivityLookup.choose(target, described.get());
  }

  /**
   * Runs an SDK call that does not retry by itself with the client's retries. The SDK wraps the
   * gRPC status in an {@code ActivityCompletionFailureException}; the retryer needs it bare.
   */
  private void retrying(Runnable sdkCall) {
    if (retries == null) {
      sdkCall.run();
      return;
    }
    retries.run(
        () -> {
          try {
            sdkCall.run();
          } catch (ActivityCompletionFailureException e) {
            if (e.getCause() instanceof StatusRuntimeException status) {
              throw status;
            }
            throw e;
          }
        });
  }

  void reportCancellation(ActivityTarget target, Object details) {
    if (rawService == null) {
      translate(
          target, Outcome.CANCELLED, () -> target.reportCancellation(completionClient, details));
    } else {
      translate(target, Outcome.CANCELLED, () -> target.reportCancellation(rawService, details));
    }
  }

  void signal(SignalTarget target, ExternalOutcome<?> outcome) {
    metrics.record(
        target.key(),
        Path.SIGNAL,
        outcome.failed() ? Outcome.FAILED : Outcome.COMPLETED,
        () -> deliverSignal(target, outcome));
  }

  private void deliverSignal(SignalTarget target, ExternalOutcome<?> outcome) {
    if (workflowClient == null) {
      throw new IllegalStateException(
          "The reply to "
              + target.describe()
              + " goes to the workflow by signal, and this completer was made from an"
              + " ActivityCompletionClient, which cannot signal: make it from a WorkflowClient");
    }
    ReplyAddress.SignalAddress address = target.address();
    try {
      retries.connect();
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
      throw notDelivered(target.describe(), e);
    }
  }

  /** Sends {@code call}, translated, and records it as {@code delivered} if it returned. */
  private void translate(ActivityTarget target, Outcome delivered, Runnable call) {
    metrics.record(target.key(), Path.COMPLETION, delivered, () -> translate(target, call));
  }

  private void translate(ActivityTarget target, Runnable call) {
    try {
      if (retries != null) {
        retries.connect();
      }
      call.run();
    } catch (RuntimeException e) {
      if (hasCause(e, ActivityCanceledException.class)) {
        throw new ActivityCancellationRequestedException(target.describe(), e);
      }
      if (hasCause(e, ActivityNotExistsException.class)) {
        throw target.noLongerWaiting(e);
      }
      throw notDelivered(target.describe(), e);
    }
  }

  /** The Handback exception for the gRPC status behind {@code thrown}, or else {@code thrown}. */
  private static RuntimeException notDelivered(String target, RuntimeException thrown) {
    Optional<ReplyNotDeliveredException> translated = StatusTranslation.of(target, thrown);
    return translated.isPresent() ? translated.get() : thrown;
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
