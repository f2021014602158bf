package dev.handback.internal;

import dev.handback.internal.ReplyMetrics.Outcome;
import dev.handback.internal.ReplyMetrics.Path;
import dev.handback.runtime.ActivityCancellationRequestedException;
import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.ExternalOutcome;
import dev.handback.runtime.NoPendingActivityException;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyNotDeliveredException;
import dev.handback.runtime.ReplyOutcomeUnknownException;
import dev.handback.runtime.ReplyRefusedException;
import dev.handback.runtime.SeveralPendingActivitiesException;
import dev.handback.runtime.TemporalUnavailableException;
import dev.handback.runtime.WorkflowNoLongerWaitingException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.client.ActivityCanceledException;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.client.ActivityCompletionFailureException;
import io.temporal.client.ActivityNotExistsException;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import io.temporal.payload.context.WorkflowSerializationContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The connection a generated completer replies through, with Temporal's exceptions translated into
 * Handback's: {@link ActivityNoLongerWaitingException}, {@link WorkflowNoLongerWaitingException},
 * {@link NoPendingActivityException}, {@link ActivityCancellationRequestedException}, and for a
 * reply Temporal did not take, {@link ReplyRefusedException} (not retried) or {@link
 * TemporalUnavailableException} (retried until the client's {@code RpcRetryOptions} ran out).
 *
 * <p>A reply that meets {@code NOT_FOUND} — nobody waits for it — may be one Temporal recorded
 * already: a try whose answer was lost, or an earlier send of the same reply. A channel made from a
 * {@link WorkflowClient} then asks {@link RecordedReplies} and reports {@link
 * Delivery#ALREADY_RECORDED} if the history holds this very reply, the {@code
 * …NoLongerWaitingException} if it holds another outcome, and {@link ReplyOutcomeUnknownException}
 * if it cannot tell and a try may have reached Temporal unanswered.
 */
public final class CompletionChannel {
  private final ActivityCompletionClient completionClient;
  private final RawCompletionService rawService;
  private final WorkflowClient workflowClient;
  private final RpcRetries retries;
  private final ReplyMetrics metrics;
  private final RecordedReplies recorded;

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
    this.recorded = rawService == null ? null : new RecordedReplies(rawService);
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
   * path) nor reply by business key; its replies are not counted (it does not show Handback the
   * client's metrics scope); and it cannot read a workflow's history, so a reply whose answer was
   * lost after Temporal recorded it is reported as no longer waiting. Prefer {@link
   * #of(WorkflowClient)}.
   */
  public static CompletionChannel of(ActivityCompletionClient client) {
    return new CompletionChannel(client, null, null, ReplyMetrics.NONE);
  }

  Delivery complete(ActivityTarget target, Object result) {
    if (rawService == null) {
      return translate(target, Outcome.COMPLETED, () -> target.complete(completionClient, result));
    }
    return deliver(
        target,
        Outcome.COMPLETED,
        () -> SentReply.ToActivity.completed(dataConverter().toPayloads(result)));
  }

  Delivery fail(ActivityTarget target, Exception failure) {
    Objects.requireNonNull(failure, "failure");
    if (rawService == null) {
      return translate(target, Outcome.FAILED, () -> target.fail(completionClient, failure));
    }
    return deliver(
        target,
        Outcome.FAILED,
        () -> SentReply.ToActivity.failed(dataConverter().exceptionToFailure(failure)));
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
    long start = System.nanoTime();
    try {
      return find(target);
    } catch (RuntimeException e) {
      // A reply whose activity was found is counted when it is sent; one whose lookup failed, here.
      metrics.recordUnsent(target.key(), Path.COMPLETION, e, System.nanoTime() - start);
      throw e;
    }
  }

  private ActivityTarget find(PendingActivityTarget target) {
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

  Delivery reportCancellation(ActivityTarget target, Object details) {
    if (rawService == null) {
      return translate(
          target, Outcome.CANCELLED, () -> target.reportCancellation(completionClient, details));
    }
    return deliver(
        target,
        Outcome.CANCELLED,
        () ->
            SentReply.ToActivity.canceled(
                details == null ? Optional.empty() : dataConverter().toPayloads(details)));
  }

  /**
   * Converts the reply once, sends it with the client's retries, and if Temporal answers {@code
   * NOT_FOUND}, asks whether this reply is the one it recorded.
   */
  private Delivery deliver(
      ActivityTarget target, Outcome delivered, Supplier<SentReply.ToActivity> converted) {
    return metrics.record(
        target.key(),
        Path.COMPLETION,
        delivered,
        () -> {
          SentReply.ToActivity reply = converted.get();
          ReplyTries tries = new ReplyTries();
          try {
            retries.connect();
            target.send(rawService, reply, tries);
            return Delivery.RECORDED;
          } catch (RuntimeException e) {
            if (hasCause(e, ActivityNotExistsException.class)) {
              return answerLostOrNot(
                  target.describe(),
                  recorded.ofActivity(target.where(), reply),
                  tries,
                  () -> target.noLongerWaiting(e),
                  e);
            }
            throw notDelivered(target.describe(), e);
          }
        });
  }

  /**
   * What a reply that met {@code NOT_FOUND} comes to: recorded already if Temporal's record shows
   * it; no longer waiting if it shows another outcome, or cannot tell and no try of this reply may
   * have reached Temporal; otherwise an outcome Handback cannot know.
   */
  private static Delivery answerLostOrNot(
      String target,
      RecordedReplies.Verdict verdict,
      ReplyTries tries,
      Supplier<? extends RuntimeException> noLongerWaiting,
      RuntimeException notFound) {
    switch (verdict.answer()) {
      case THIS_REPLY -> {
        return Delivery.ALREADY_RECORDED;
      }
      case NOT_THIS_REPLY -> throw noLongerWaiting.get();
      case CANNOT_TELL -> {
        if (tries.answerMayBeLost()) {
          throw new ReplyOutcomeUnknownException(target, verdict.why(), notFound);
        }
        throw noLongerWaiting.get();
      }
    }
    throw new AssertionError(verdict);
  }

  Delivery signal(SignalTarget target, ExternalOutcome<?> outcome) {
    return metrics.record(
        target.key(),
        Path.SIGNAL,
        outcome.failed() ? Outcome.FAILED : Outcome.COMPLETED,
        () -> deliverSignal(target, outcome));
  }

  private Delivery deliverSignal(SignalTarget target, ExternalOutcome<?> outcome) {
    if (workflowClient == null) {
      throw new IllegalStateException(
          "The reply to "
              + target.describe()
              + " goes to the workflow by signal, and this completer was made from an"
              + " ActivityCompletionClient, which cannot signal: make it from a WorkflowClient");
    }
    ReplyAddress.SignalAddress address = target.address();
    // Converted as WorkflowStub.signal converts its arguments: in the workflow's context.
    Payloads input =
        dataConverter()
            .withContext(
                new WorkflowSerializationContext(
                    workflowClient.getOptions().getNamespace(), address.workflowId()))
            .toPayloads(outcome)
            .orElseThrow();
    ReplyTries tries = new ReplyTries();
    try {
      retries.connect();
      rawService.signal(address, input, tries);
      return Delivery.RECORDED;
    } catch (RuntimeException e) {
      if (e instanceof StatusRuntimeException status
          && status.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return answerLostOrNot(
            target.describe(),
            recorded.ofSignal(address, input),
            tries,
            () -> new WorkflowNoLongerWaitingException(target.describe(), e),
            e);
      }
      throw notDelivered(target.describe(), e);
    }
  }

  private DataConverter dataConverter() {
    return workflowClient.getOptions().getDataConverter();
  }

  /** Sends {@code call}, translated, and records it as {@code delivered} if it returned. */
  private Delivery translate(ActivityTarget target, Outcome delivered, Runnable call) {
    return metrics.record(
        target.key(),
        Path.COMPLETION,
        delivered,
        () -> {
          translate(target, call);
          return Delivery.RECORDED;
        });
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
