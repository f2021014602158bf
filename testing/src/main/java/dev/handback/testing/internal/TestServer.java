package dev.handback.testing.internal;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.Durations;
import com.google.protobuf.util.Timestamps;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.testservice.v1.LockTimeSkippingRequest;
import io.temporal.api.testservice.v1.SleepRequest;
import io.temporal.api.testservice.v1.UnlockTimeSkippingRequest;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the kit asks of a {@link TestWorkflowEnvironment}'s server: workflow state and history
 * through the workflow service, the clock and its time-skipping lock through the test service. Both
 * use the environment's own channel, so there is nothing to close.
 */
public final class TestServer {
  private final TestWorkflowEnvironment env;
  private final WorkflowServiceStubs workflowService;
  private final TestServiceStubs testService;

  /** The server of {@code env}. */
  public TestServer(TestWorkflowEnvironment env) {
    this.env = env;
    this.workflowService = env.getWorkflowServiceStubs();
    this.testService =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder(workflowService.getOptions())
                .setRpcTimeout(Duration.ofMillis(Long.MAX_VALUE))
                .validateAndBuildWithDefaults());
  }

  /** The environment's client. */
  public WorkflowClient client() {
    return env.getWorkflowClient();
  }

  /** The converter the environment's client uses. */
  public DataConverter dataConverter() {
    return env.getWorkflowClient().getOptions().getDataConverter();
  }

  /** The environment's namespace. */
  public String namespace() {
    return env.getNamespace();
  }

  /** The server's clock. */
  public Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  /**
   * The run {@code runId} (empty for the latest run) of workflow {@code workflowId}; empty if there
   * is no such workflow.
   */
  public Optional<DescribeWorkflowExecutionResponse> describe(String workflowId, String runId) {
    try {
      return Optional.of(
          workflowService
              .blockingStub()
              .describeWorkflowExecution(
                  DescribeWorkflowExecutionRequest.newBuilder()
                      .setNamespace(namespace())
                      .setExecution(execution(workflowId, runId))
                      .build()));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Every event of run {@code runId} of workflow {@code workflowId} so far. */
  public List<HistoryEvent> history(String workflowId, String runId) {
    List<HistoryEvent> events = new ArrayList<>();
    GetWorkflowExecutionHistoryRequest.Builder request =
        GetWorkflowExecutionHistoryRequest.newBuilder()
            .setNamespace(namespace())
            .setExecution(execution(workflowId, runId));
    do {
      GetWorkflowExecutionHistoryResponse page =
          workflowService.blockingStub().getWorkflowExecutionHistory(request.build());
      events.addAll(page.getHistory().getEventsList());
      request.setNextPageToken(page.getNextPageToken());
    } while (!request.getNextPageToken().isEmpty());
    return events;
  }

  /** The workflows that are open. */
  public List<WorkflowExecutionInfo> openWorkflows() {
    return workflowService
        .blockingStub()
        .listOpenWorkflowExecutions(
            ListOpenWorkflowExecutionsRequest.newBuilder()
                .setNamespace(namespace())
                .setMaximumPageSize(1000)
                .build())
        .getExecutionsList();
  }

  /** Stops the clock from skipping: one more lock. */
  public void lock() {
    testService.blockingStub().lockTimeSkipping(LockTimeSkippingRequest.getDefaultInstance());
  }

  /** Takes back one lock. */
  public void unlock() {
    testService.blockingStub().unlockTimeSkipping(UnlockTimeSkippingRequest.getDefaultInstance());
  }

  /**
   * Takes back one lock, waits until the clock passed {@code duration} from now and locks again,
   * like {@link TestWorkflowEnvironment#sleep}; gives up waiting after {@code patience} of real
   * time.
   *
   * @return whether the clock got there within {@code patience}
   */
  public boolean unlockAndSleep(Duration duration, Duration patience) {
    try {
      testService
          .blockingStub()
          .withDeadlineAfter(patience.toMillis(), TimeUnit.MILLISECONDS)
          .unlockTimeSkippingWithSleep(
              SleepRequest.newBuilder()
                  .setDuration(Durations.fromMillis(duration.toMillis()))
                  .build());
      return true;
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED) {
        return false;
      }
      throw e;
    }
  }

  /** A protobuf timestamp as an instant. */
  public static Instant instant(Timestamp timestamp) {
    return Instant.ofEpochMilli(Timestamps.toMillis(timestamp));
  }

  /** A protobuf duration as a Java one. */
  public static Duration duration(com.google.protobuf.Duration duration) {
    return Duration.ofMillis(Durations.toMillis(duration));
  }

  private static WorkflowExecution execution(String workflowId, String runId) {
    return WorkflowExecution.newBuilder()
        .setWorkflowId(workflowId)
        .setRunId(runId == null ? "" : runId)
        .build();
  }
}
