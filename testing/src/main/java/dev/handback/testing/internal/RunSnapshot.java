package dev.handback.testing.internal;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** One workflow run as the server shows it at one moment: its description and its history. */
public final class RunSnapshot {
  private final String workflowId;
  private final String runId;
  private final DescribeWorkflowExecutionResponse description;
  private final List<HistoryEvent> history;
  private final Instant takenAt;

  private RunSnapshot(
      String workflowId,
      String runId,
      DescribeWorkflowExecutionResponse description,
      List<HistoryEvent> history,
      Instant takenAt) {
    this.workflowId = workflowId;
    this.runId = runId;
    this.description = description;
    this.history = history;
    this.takenAt = takenAt;
  }

  /**
   * The run {@code runId} (empty for the latest run) of workflow {@code workflowId} on {@code
   * server}; empty if there is no such workflow.
   */
  public static Optional<RunSnapshot> take(TestServer server, String workflowId, String runId) {
    Optional<DescribeWorkflowExecutionResponse> description = server.describe(workflowId, runId);
    if (description.isEmpty()) {
      return Optional.empty();
    }
    String run = description.get().getWorkflowExecutionInfo().getExecution().getRunId();
    return Optional.of(
        new RunSnapshot(
            workflowId, run, description.get(), server.history(workflowId, run), server.now()));
  }

  /** The workflow's id. */
  public String workflowId() {
    return workflowId;
  }

  /** The run's id. */
  public String runId() {
    return runId;
  }

  /** The server's time when this snapshot was taken. */
  public Instant takenAt() {
    return takenAt;
  }

  /** Whether the run is still running. */
  public boolean isOpen() {
    return description.getWorkflowExecutionInfo().getStatus()
        == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
  }

  /** The workflow type's name. */
  public String workflowType() {
    return description.getWorkflowExecutionInfo().getType().getName();
  }

  /** The activities scheduled or running now. */
  public List<PendingActivityInfo> pendingActivities() {
    return description.getPendingActivitiesList();
  }

  /** The pending activity with {@code activityId}, if it is pending. */
  public Optional<PendingActivityInfo> pendingActivity(String activityId) {
    return pendingActivities().stream()
        .filter(activity -> activity.getActivityId().equals(activityId))
        .findFirst();
  }

  /** The pending activity of {@code activityType}, if one is pending. */
  public Optional<PendingActivityInfo> pendingActivityOfType(String activityType) {
    return pendingActivities().stream()
        .filter(activity -> activity.getActivityType().getName().equals(activityType))
        .reduce((first, second) -> second);
  }

  /** Every event of the run so far. */
  public List<HistoryEvent> history() {
    return history;
  }

  /** The most recent scheduling of an activity of {@code activityType}. */
  public Optional<HistoryEvent> lastScheduled(String activityType) {
    return history.stream()
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .filter(
            event ->
                event
                    .getActivityTaskScheduledEventAttributes()
                    .getActivityType()
                    .getName()
                    .equals(activityType))
        .reduce((first, second) -> second);
  }

  /** The scheduling of the activity {@code activityId}. */
  public Optional<HistoryEvent> scheduled(String activityId) {
    return history.stream()
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .filter(
            event ->
                event.getActivityTaskScheduledEventAttributes().getActivityId().equals(activityId))
        .reduce((first, second) -> second);
  }

  /** How the activity scheduled by event {@code scheduledEventId} ended, if it has. */
  public Optional<HistoryEvent> closeOf(long scheduledEventId) {
    return history.stream().filter(event -> activityClose(event) == scheduledEventId).findFirst();
  }

  /** Whether a workflow task was scheduled or started and has not completed yet. */
  public boolean hasWorkflowTaskInFlight() {
    if (history.isEmpty()) {
      return true;
    }
    EventType last = history.get(history.size() - 1).getEventType();
    return last == EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED
        || last == EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED;
  }

  /** The signals named {@code signalName} recorded after event {@code afterEventId}. */
  public List<HistoryEvent> signals(String signalName, long afterEventId) {
    return history.stream()
        .filter(event -> event.getEventId() > afterEventId)
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)
        .filter(
            event ->
                event
                    .getWorkflowExecutionSignaledEventAttributes()
                    .getSignalName()
                    .equals(signalName))
        .toList();
  }

  /**
   * The timers started after event {@code afterEventId} that have neither fired nor been cancelled.
   */
  public List<HistoryEvent> openTimers(long afterEventId) {
    Set<String> ended = new HashSet<>();
    for (HistoryEvent event : history) {
      if (event.getEventType() == EventType.EVENT_TYPE_TIMER_FIRED) {
        ended.add(event.getTimerFiredEventAttributes().getTimerId());
      } else if (event.getEventType() == EventType.EVENT_TYPE_TIMER_CANCELED) {
        ended.add(event.getTimerCanceledEventAttributes().getTimerId());
      }
    }
    return history.stream()
        .filter(event -> event.getEventId() > afterEventId)
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_TIMER_STARTED)
        .filter(event -> !ended.contains(event.getTimerStartedEventAttributes().getTimerId()))
        .toList();
  }

  /** What the run is doing, in a few lines, for a message that says why a wait failed. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append("workflow '")
        .append(workflowId)
        .append("' (")
        .append(workflowType())
        .append(", run ")
        .append(runId)
        .append(") ")
        .append(status());
    if (!isOpen()) {
      closing().ifPresent(text -> out.append(": ").append(text));
      return out.toString();
    }
    List<String> doing = new ArrayList<>();
    for (PendingActivityInfo activity : pendingActivities()) {
      doing.add(
          "activity "
              + activity.getActivityType().getName()
              + " (id "
              + activity.getActivityId()
              + ", attempt "
              + Math.max(1, activity.getAttempt())
              + ", "
              + state(activity.getState())
              + ")");
    }
    for (HistoryEvent timer : openTimers(0)) {
      Duration length =
          TestServer.duration(timer.getTimerStartedEventAttributes().getStartToFireTimeout());
      Instant fires = TestServer.instant(timer.getEventTime()).plus(length);
      doing.add(
          "a timer of "
              + length
              + " that fires at "
              + fires
              + " (in "
              + Duration.between(takenAt, fires)
              + " of the test server's time)");
    }
    if (doing.isEmpty()) {
      out.append(", waiting on nothing the kit can see (last event: ")
          .append(lastEvent())
          .append(")");
    } else {
      out.append(", waiting on ").append(String.join(" and ", doing));
    }
    if (!openTimers(0).isEmpty()) {
      out.append(" (the kit does not move the clock while it waits: use ExternalParty.advance)");
    }
    return out.toString();
  }

  private String status() {
    return switch (description.getWorkflowExecutionInfo().getStatus()) {
      case WORKFLOW_EXECUTION_STATUS_RUNNING -> "is running";
      case WORKFLOW_EXECUTION_STATUS_COMPLETED -> "has completed";
      case WORKFLOW_EXECUTION_STATUS_FAILED -> "has failed";
      case WORKFLOW_EXECUTION_STATUS_CANCELED -> "was cancelled";
      case WORKFLOW_EXECUTION_STATUS_TERMINATED -> "was terminated";
      case WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW -> "continued as new";
      case WORKFLOW_EXECUTION_STATUS_TIMED_OUT -> "timed out";
      default ->
          description
              .getWorkflowExecutionInfo()
              .getStatus()
              .name()
              .toLowerCase(Locale.ROOT)
              .replace('_', ' ');
    };
  }

  /** How a closed run ended, when its last event says. */
  public Optional<String> closing() {
    if (history.isEmpty()) {
      return Optional.empty();
    }
    HistoryEvent last = history.get(history.size() - 1);
    return switch (last.getEventType()) {
      case EVENT_TYPE_WORKFLOW_EXECUTION_FAILED ->
          Optional.of(messages(last.getWorkflowExecutionFailedEventAttributes().getFailure()));
      case EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED ->
          Optional.of(last.getWorkflowExecutionTerminatedEventAttributes().getReason());
      case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED -> Optional.empty();
      default -> Optional.of("last event " + lastEvent());
    };
  }

  /** A failure's message and its causes' messages. */
  private static String messages(Failure failure) {
    StringBuilder text = new StringBuilder(failure.getMessage());
    for (Failure cause = failure; cause.hasCause(); ) {
      cause = cause.getCause();
      text.append(", caused by: ").append(cause.getMessage());
    }
    return text.toString();
  }

  /** An event's type in short, such as {@code ACTIVITY_TASK_FAILED}. */
  static String name(HistoryEvent event) {
    return event.getEventType().name().substring("EVENT_TYPE_".length());
  }

  private String lastEvent() {
    if (history.isEmpty()) {
      return "none";
    }
    String name = history.get(history.size() - 1).getEventType().name();
    return name.substring("EVENT_TYPE_".length());
  }

  private static String state(PendingActivityState state) {
    return switch (state) {
      case PENDING_ACTIVITY_STATE_SCHEDULED -> "scheduled";
      case PENDING_ACTIVITY_STATE_STARTED -> "started";
      case PENDING_ACTIVITY_STATE_CANCEL_REQUESTED -> "cancellation requested";
      default -> state.name();
    };
  }

  private static long activityClose(HistoryEvent event) {
    return switch (event.getEventType()) {
      case EVENT_TYPE_ACTIVITY_TASK_COMPLETED ->
          event.getActivityTaskCompletedEventAttributes().getScheduledEventId();
      case EVENT_TYPE_ACTIVITY_TASK_FAILED ->
          event.getActivityTaskFailedEventAttributes().getScheduledEventId();
      case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT ->
          event.getActivityTaskTimedOutEventAttributes().getScheduledEventId();
      case EVENT_TYPE_ACTIVITY_TASK_CANCELED ->
          event.getActivityTaskCanceledEventAttributes().getScheduledEventId();
      default -> -1;
    };
  }
}
