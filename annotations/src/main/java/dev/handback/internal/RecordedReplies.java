package dev.handback.internal;

import dev.handback.runtime.ReplyAddress;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one place that decides whether a reply that met {@code NOT_FOUND} is the one Temporal
 * recorded, from Temporal's own record of the workflow run: its history, and for a failure that
 * Temporal retried, the pending activity's last failure. A reply counts as recorded when the
 * history closes the same activity — for a task token, the same attempt — with the event of the
 * reply's kind and exactly the payloads or failure it sent ({@link SentReply}), or holds a signal
 * of the same name and input. It costs nothing on the happy path: it is asked only after {@code
 * NOT_FOUND}, and then reads the history (one call per 1,000 events or so) and, for a failure only,
 * describes the workflow once.
 */
final class RecordedReplies {
  /** What Temporal's record says of a reply, and if it cannot tell, why. */
  record Verdict(Answer answer, String why) {
    Verdict {
      Objects.requireNonNull(answer, "answer");
    }
  }

  /** Whether the outcome Temporal recorded is the reply's. */
  enum Answer {
    /** It is: the reply was recorded (by an earlier try, or an earlier send). */
    THIS_REPLY,
    /** It is not: the activity or workflow ended otherwise, or the reply never reached it. */
    NOT_THIS_REPLY,
    /** The record could not be read, or does not say. */
    CANNOT_TELL
  }

  /** Where a reply to an activity went: one attempt, or the activity whatever its attempt. */
  sealed interface Where permits ByIds, ByAttempt {}

  /** The activity by workflow id, run id (or latest run) and activity id. */
  record ByIds(ReplyAddress.ActivityId address) implements Where {}

  /** One attempt, as its task token says. */
  record ByAttempt(TaskTokenIds token) implements Where {}

  private static final Verdict THIS = new Verdict(Answer.THIS_REPLY, "");

  private final RawCompletionService service;

  RecordedReplies(RawCompletionService service) {
    this.service = service;
  }

  /** Whether {@code reply}, sent to {@code where} (empty if unknown), is what Temporal recorded. */
  Verdict ofActivity(Optional<Where> where, SentReply.ToActivity reply) {
    if (where.isEmpty()) {
      return cannotTell(
          "the handle is a task token whose workflow Handback cannot read; a handle by ids can be"
              + " checked");
    }
    String workflowId;
    Optional<String> runId;
    if (where.get() instanceof ByIds ids) {
      workflowId = ids.address().workflowId();
      runId = ids.address().run();
    } else {
      TaskTokenIds token = ((ByAttempt) where.get()).token();
      workflowId = token.workflowId();
      runId = Optional.of(token.runId());
    }
    try {
      Optional<List<HistoryEvent>> history = service.history(workflowId, runId);
      if (history.isEmpty()) {
        return notThis("the workflow run does not exist");
      }
      return decide(history.get(), where.get(), reply, workflowId, runId);
    } catch (StatusRuntimeException e) {
      return cannotTell("reading the workflow's history failed with " + e.getStatus().getCode());
    }
  }

  /** Whether the signal {@code input} to {@code address} is in the workflow's history. */
  Verdict ofSignal(ReplyAddress.SignalAddress address, Payloads input) {
    try {
      Optional<List<HistoryEvent>> history = service.history(address.workflowId(), address.run());
      if (history.isEmpty()) {
        return notThis("the workflow run does not exist");
      }
      boolean signalled =
          history.get().stream()
              .filter(e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)
              .map(HistoryEvent::getWorkflowExecutionSignaledEventAttributes)
              .anyMatch(
                  signal ->
                      signal.getSignalName().equals(address.signalName())
                          && signal.getInput().equals(input));
      return signalled ? THIS : notThis("the workflow closed without this signal");
    } catch (StatusRuntimeException e) {
      return cannotTell("reading the workflow's history failed with " + e.getStatus().getCode());
    }
  }

  private Verdict decide(
      List<HistoryEvent> history,
      Where where,
      SentReply.ToActivity reply,
      String workflowId,
      Optional<String> runId) {
    Optional<HistoryEvent> scheduled = scheduled(history, where);
    if (scheduled.isEmpty()) {
      return cannotTell("the workflow's history holds no such activity");
    }
    long scheduledId = scheduled.get().getEventId();
    Optional<HistoryEvent> closing =
        history.stream().filter(e -> scheduledIdOfClosing(e) == scheduledId).findFirst();
    if (closing.isPresent()) {
      if (where instanceof ByAttempt attempt) {
        OptionalInt closedBy = startedAttempt(history, closing.get());
        if (closedBy.isPresent() && closedBy.getAsInt() != attempt.token().attempt()) {
          return notThis("another attempt closed the activity");
        }
      }
      return closing.get().getEventType() == reply.kind().closingEvent()
              && recordedPayload(closing.get()).equals(sentPayload(reply))
          ? THIS
          : notThis("the activity closed with another outcome");
    }
    if (reply.kind() == SentReply.ActivityKind.FAILED) {
      // A failure Temporal retries closes nothing: it is the pending activity's last failure.
      String activityId = scheduled.get().getActivityTaskScheduledEventAttributes().getActivityId();
      Optional<DescribeWorkflowExecutionResponse> described = service.describe(workflowId, runId);
      if (described.isPresent()
          && described.get().getPendingActivitiesList().stream()
              .anyMatch(pending -> retriedAfter(pending, activityId, where, reply))) {
        return THIS;
      }
    }
    return notThis("the activity has not recorded this reply");
  }

  private static boolean retriedAfter(
      PendingActivityInfo pending, String activityId, Where where, SentReply.ToActivity reply) {
    return pending.getActivityId().equals(activityId)
        && pending.getLastFailure().equals(reply.failure())
        && (!(where instanceof ByAttempt attempt)
            || pending.getAttempt() > attempt.token().attempt());
  }

  private static Optional<HistoryEvent> scheduled(List<HistoryEvent> history, Where where) {
    if (where instanceof ByAttempt attempt) {
      return history.stream()
          .filter(e -> e.getEventId() == attempt.token().scheduledEventId())
          .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
          .findFirst();
    }
    String activityId = ((ByIds) where).address().activityId();
    // An activity id may be used again once its activity ended: the latest one is addressed.
    return history.stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .filter(e -> e.getActivityTaskScheduledEventAttributes().getActivityId().equals(activityId))
        .reduce((first, second) -> second);
  }

  private static long scheduledIdOfClosing(HistoryEvent event) {
    return switch (event.getEventType()) {
      case EVENT_TYPE_ACTIVITY_TASK_COMPLETED ->
          event.getActivityTaskCompletedEventAttributes().getScheduledEventId();
      case EVENT_TYPE_ACTIVITY_TASK_FAILED ->
          event.getActivityTaskFailedEventAttributes().getScheduledEventId();
      case EVENT_TYPE_ACTIVITY_TASK_CANCELED ->
          event.getActivityTaskCanceledEventAttributes().getScheduledEventId();
      case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT ->
          event.getActivityTaskTimedOutEventAttributes().getScheduledEventId();
      default -> -1;
    };
  }

  /**
   * The attempt that closed the activity, if the closing event names its started event (the test
   * server's cancellation does not).
   */
  private static OptionalInt startedAttempt(List<HistoryEvent> history, HistoryEvent closing) {
    long startedId =
        switch (closing.getEventType()) {
          case EVENT_TYPE_ACTIVITY_TASK_COMPLETED ->
              closing.getActivityTaskCompletedEventAttributes().getStartedEventId();
          case EVENT_TYPE_ACTIVITY_TASK_FAILED ->
              closing.getActivityTaskFailedEventAttributes().getStartedEventId();
          case EVENT_TYPE_ACTIVITY_TASK_CANCELED ->
              closing.getActivityTaskCanceledEventAttributes().getStartedEventId();
          case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT ->
              closing.getActivityTaskTimedOutEventAttributes().getStartedEventId();
          default -> 0;
        };
    return history.stream()
        .filter(e -> e.getEventId() == startedId)
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED)
        .mapToInt(e -> e.getActivityTaskStartedEventAttributes().getAttempt())
        .findFirst();
  }

  private static Object recordedPayload(HistoryEvent closing) {
    return switch (closing.getEventType()) {
      case EVENT_TYPE_ACTIVITY_TASK_COMPLETED ->
          closing.getActivityTaskCompletedEventAttributes().getResult();
      case EVENT_TYPE_ACTIVITY_TASK_FAILED ->
          closing.getActivityTaskFailedEventAttributes().getFailure();
      case EVENT_TYPE_ACTIVITY_TASK_CANCELED ->
          closing.getActivityTaskCanceledEventAttributes().getDetails();
      default -> closing;
    };
  }

  private static Object sentPayload(SentReply.ToActivity reply) {
    return switch (reply.kind()) {
      case COMPLETED, CANCELED -> reply.payloads().orElse(Payloads.getDefaultInstance());
      case FAILED -> reply.failure();
    };
  }

  private static Verdict notThis(String why) {
    return new Verdict(Answer.NOT_THIS_REPLY, why);
  }

  private static Verdict cannotTell(String why) {
    return new Verdict(Answer.CANNOT_TELL, why);
  }
}
