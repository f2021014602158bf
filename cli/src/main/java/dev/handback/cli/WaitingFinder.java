package dev.handback.cli;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.handback.internal.CallKeys;
import dev.handback.internal.HandleCodec;
import dev.handback.runtime.ReplyAddress;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.activity.v1.ActivityOptions;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds what waits for an external party, from what Temporal records and nothing else: the open
 * workflows (visibility), each one's pending activities ({@code DescribeWorkflowExecution}) and,
 * when the contract has {@code @ExternalResult} methods, its history: a workflow waits in its inbox
 * when the method's hand-off activity completed, the method's signal has not arrived, and the
 * inbox's wait has not run out.
 */
final class WaitingFinder {
  private final WorkflowServiceStubs stubs;
  private final String namespace;
  private final Clock clock;
  private int rpcs;

  /**
   * What to look at.
   *
   * @param taskQueue only workflows of this task queue, or null
   * @param interfaceName only methods of this interface (simple or qualified name), or null
   * @param workflowId only this workflow (its latest run), or null
   */
  record Filter(String taskQueue, String interfaceName, String workflowId) {}

  WaitingFinder(WorkflowServiceStubs stubs, String namespace, Clock clock) {
    this.stubs = stubs;
    this.namespace = namespace;
    this.clock = clock;
  }

  /** How many calls to Temporal this finder made so far. */
  int rpcs() {
    return rpcs;
  }

  /** What waits now, the longest-waiting first. */
  List<Waiting> find(Contract contract, Filter filter) {
    List<ContractMethod> methods =
        contract.methods().stream()
            .filter(m -> filter.interfaceName() == null || m.belongsTo(filter.interfaceName()))
            .toList();
    List<Waiting> found = new ArrayList<>();
    if (methods.isEmpty()) {
      return found;
    }
    List<WorkflowExecution> open =
        filter.workflowId() != null
            ? List.of(WorkflowExecution.newBuilder().setWorkflowId(filter.workflowId()).build())
            : openWorkflows(filter.taskQueue());
    for (WorkflowExecution execution : open) {
      found.addAll(waitingIn(execution, methods, filter.taskQueue()));
    }
    found.sort(
        Comparator.comparing(Waiting::since, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Waiting::workflowId));
    return found;
  }

  /** What waits in one workflow run (its latest run if {@code execution} names none). */
  List<Waiting> waitingIn(
      WorkflowExecution execution, List<ContractMethod> methods, String taskQueue) {
    Optional<DescribeWorkflowExecutionResponse> described = describe(execution);
    if (described.isEmpty()) {
      return List.of();
    }
    WorkflowExecutionInfo info = described.get().getWorkflowExecutionInfo();
    if (info.getStatus() != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING
        || (taskQueue != null && !taskQueue.equals(taskQueueOf(described.get())))) {
      return List.of();
    }
    Map<String, ContractMethod> completions = new HashMap<>();
    Map<String, ContractMethod> signals = new LinkedHashMap<>();
    for (ContractMethod method : methods) {
      if (method.isCompletion()) {
        completions.putIfAbsent(method.activityType(), method);
      } else if (method.isSignal()) {
        signals.putIfAbsent(method.activityType(), method);
      }
    }
    List<Waiting> found = new ArrayList<>();
    for (PendingActivityInfo pending : described.get().getPendingActivitiesList()) {
      ContractMethod method = completions.get(pending.getActivityType().getName());
      if (method != null
          && pending.getState() != PendingActivityState.PENDING_ACTIVITY_STATE_SCHEDULED) {
        found.add(pendingActivity(info, method, pending));
      }
    }
    if (!signals.isEmpty()) {
      found.addAll(inboxes(info, signals));
    }
    return found;
  }

  /** The workflow as Temporal describes it now, or empty if it does not exist. */
  Optional<DescribeWorkflowExecutionResponse> describe(WorkflowExecution execution) {
    try {
      return Optional.of(
          call(
              () ->
                  stubs
                      .blockingStub()
                      .describeWorkflowExecution(
                          DescribeWorkflowExecutionRequest.newBuilder()
                              .setNamespace(namespace)
                              .setExecution(execution)
                              .build())));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private Waiting pendingActivity(
      WorkflowExecutionInfo info, ContractMethod method, PendingActivityInfo pending) {
    String callKey =
        pending.hasHeartbeatDetails()
            ? CallKeys.read(pending.getHeartbeatDetails()).orElse("")
            : "";
    WorkflowExecution execution = info.getExecution();
    ReplyAddress.ActivityId address =
        new ReplyAddress.ActivityId(
            execution.getWorkflowId(), execution.getRunId(), pending.getActivityId(), callKey);
    Instant started = instant(pending.hasLastStartedTime(), pending.getLastStartedTime());
    Instant lastHeartbeat = instant(pending.hasLastHeartbeatTime(), pending.getLastHeartbeatTime());
    Deadlines deadlines = new Deadlines();
    Duration startToClose = method.startToClose();
    Duration heartbeat = method.heartbeat();
    if (pending.hasActivityOptions()) {
      // What Temporal recorded wins over the contract: options may have been updated since.
      ActivityOptions options = pending.getActivityOptions();
      startToClose = duration(options.getStartToCloseTimeout(), startToClose);
      heartbeat = duration(options.getHeartbeatTimeout(), heartbeat);
    }
    if (started != null && startToClose != null) {
      deadlines.offer(started.plus(startToClose), "start-to-close");
    }
    if (pending.hasExpirationTime()) {
      deadlines.offer(instant(true, pending.getExpirationTime()), "schedule-to-close");
    }
    Instant beat = lastHeartbeat != null ? lastHeartbeat : started;
    if (beat != null && heartbeat != null) {
      deadlines.offer(beat.plus(heartbeat), "heartbeat");
    }
    return new Waiting(
        method.path(),
        execution.getWorkflowId(),
        execution.getRunId(),
        info.getType().getName(),
        method.key().toString(),
        method.activityType(),
        pending.getActivityId(),
        callKey,
        pending.getAttempt(),
        started,
        deadlines.earliest,
        deadlines.by,
        lastHeartbeat,
        pending.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_CANCEL_REQUESTED,
        HandleCodec.encode(method.key(), address));
  }

  /** The {@code @ExternalResult} inboxes of the run that wait, read from its history. */
  private List<Waiting> inboxes(WorkflowExecutionInfo info, Map<String, ContractMethod> signals) {
    Map<Long, HistoryEvent> scheduled = new HashMap<>();
    Map<Long, Integer> attempts = new HashMap<>();
    Map<ContractMethod, HandOff> handOffs = new LinkedHashMap<>();
    Set<String> received = new HashSet<>();
    for (HistoryEvent event : history(info.getExecution())) {
      switch (event.getEventType()) {
        case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> scheduled.put(event.getEventId(), event);
        case EVENT_TYPE_ACTIVITY_TASK_STARTED ->
            attempts.put(
                event.getActivityTaskStartedEventAttributes().getScheduledEventId(),
                event.getActivityTaskStartedEventAttributes().getAttempt());
        case EVENT_TYPE_ACTIVITY_TASK_COMPLETED -> {
          long scheduledId = event.getActivityTaskCompletedEventAttributes().getScheduledEventId();
          HistoryEvent schedule = scheduled.get(scheduledId);
          if (schedule != null) {
            ContractMethod method =
                signals.get(
                    schedule.getActivityTaskScheduledEventAttributes().getActivityType().getName());
            if (method != null) {
              // The inbox keeps one result per run: the first hand-off opened it.
              handOffs.putIfAbsent(
                  method,
                  new HandOff(
                      schedule.getActivityTaskScheduledEventAttributes().getActivityId(),
                      attempts.getOrDefault(scheduledId, 1),
                      instant(true, event.getEventTime())));
            }
          }
        }
        case EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED ->
            received.add(event.getWorkflowExecutionSignaledEventAttributes().getSignalName());
        default -> {}
      }
    }
    List<Waiting> found = new ArrayList<>();
    Instant now = clock.instant();
    WorkflowExecution execution = info.getExecution();
    for (Map.Entry<ContractMethod, HandOff> entry : handOffs.entrySet()) {
      ContractMethod method = entry.getKey();
      HandOff handOff = entry.getValue();
      if (received.contains(method.signal())) {
        continue;
      }
      Instant deadline = method.waitFor() == null ? null : handOff.completed.plus(method.waitFor());
      if (deadline != null && !deadline.isAfter(now)) {
        continue; // the inbox gave up waiting
      }
      ReplyAddress.SignalAddress address =
          new ReplyAddress.SignalAddress(
              execution.getWorkflowId(), execution.getRunId(), method.signal());
      found.add(
          new Waiting(
              method.path(),
              execution.getWorkflowId(),
              execution.getRunId(),
              info.getType().getName(),
              method.key().toString(),
              method.activityType(),
              handOff.activityId,
              "",
              handOff.attempt,
              handOff.completed,
              deadline,
              deadline == null ? null : "inbox",
              null,
              false,
              HandleCodec.encode(method.key(), address)));
    }
    return found;
  }

  private record HandOff(String activityId, int attempt, Instant completed) {}

  private List<HistoryEvent> history(WorkflowExecution execution) {
    List<HistoryEvent> events = new ArrayList<>();
    ByteString page = ByteString.EMPTY;
    do {
      GetWorkflowExecutionHistoryRequest request =
          GetWorkflowExecutionHistoryRequest.newBuilder()
              .setNamespace(namespace)
              .setExecution(execution)
              .setNextPageToken(page)
              .build();
      GetWorkflowExecutionHistoryResponse response =
          call(() -> stubs.blockingStub().getWorkflowExecutionHistory(request));
      events.addAll(response.getHistory().getEventsList());
      page = response.getNextPageToken();
    } while (!page.isEmpty());
    return events;
  }

  /**
   * The open workflows, from visibility: {@code ListWorkflowExecutions} with a query, or, on a
   * server that does not implement it (Temporal's test server), {@code ListOpenWorkflowExecutions}.
   */
  private List<WorkflowExecution> openWorkflows(String taskQueue) {
    List<WorkflowExecution> open = new ArrayList<>();
    StringBuilder query = new StringBuilder("ExecutionStatus = 'Running'");
    if (taskQueue != null) {
      query.append(" AND TaskQueue = '").append(quoted(taskQueue)).append("'");
    }
    ByteString page = ByteString.EMPTY;
    try {
      do {
        ListWorkflowExecutionsRequest request =
            ListWorkflowExecutionsRequest.newBuilder()
                .setNamespace(namespace)
                .setQuery(query.toString())
                .setPageSize(1000)
                .setNextPageToken(page)
                .build();
        ListWorkflowExecutionsResponse response =
            call(() -> stubs.blockingStub().listWorkflowExecutions(request));
        response.getExecutionsList().forEach(info -> open.add(info.getExecution()));
        page = response.getNextPageToken();
      } while (!page.isEmpty());
      return open;
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() != Status.Code.UNIMPLEMENTED || !open.isEmpty()) {
        throw e;
      }
    }
    page = ByteString.EMPTY;
    do {
      ListOpenWorkflowExecutionsRequest request =
          ListOpenWorkflowExecutionsRequest.newBuilder()
              .setNamespace(namespace)
              .setMaximumPageSize(1000)
              .setNextPageToken(page)
              .build();
      ListOpenWorkflowExecutionsResponse response =
          call(() -> stubs.blockingStub().listOpenWorkflowExecutions(request));
      // Filtered by task queue once described: this list does not always name it.
      response.getExecutionsList().forEach(info -> open.add(info.getExecution()));
      page = response.getNextPageToken();
    } while (!page.isEmpty());
    return open;
  }

  private static String taskQueueOf(DescribeWorkflowExecutionResponse described) {
    String listed = described.getWorkflowExecutionInfo().getTaskQueue();
    return listed.isEmpty() ? described.getExecutionConfig().getTaskQueue().getName() : listed;
  }

  /** {@code value} as the inside of a quoted string of a visibility query. */
  private static String quoted(String value) {
    return value.replace("\\", "\\\\").replace("'", "\\'");
  }

  private <T> T call(Supplier<T> rpc) {
    rpcs++;
    return rpc.get();
  }

  private static Instant instant(boolean present, Timestamp timestamp) {
    if (!present || (timestamp.getSeconds() == 0 && timestamp.getNanos() == 0)) {
      return null;
    }
    return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
  }

  private static Duration duration(com.google.protobuf.Duration recorded, Duration otherwise) {
    if (recorded.getSeconds() == 0 && recorded.getNanos() == 0) {
      return otherwise;
    }
    return Duration.ofSeconds(recorded.getSeconds(), recorded.getNanos());
  }

  /** The earliest of several deadlines, and which timeout it is. */
  private static final class Deadlines {
    private Instant earliest;
    private String by;

    void offer(Instant deadline, String timeout) {
      if (earliest == null || deadline.isBefore(earliest)) {
        earliest = deadline;
        by = timeout;
      }
    }
  }
}
