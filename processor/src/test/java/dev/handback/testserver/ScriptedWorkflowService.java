package dev.handback.testserver;

import com.google.protobuf.Message;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.temporal.api.common.v1.ActivityType;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoResponse;
import io.temporal.api.workflowservice.v1.RecordActivityTaskHeartbeatByIdRequest;
import io.temporal.api.workflowservice.v1.RecordActivityTaskHeartbeatByIdResponse;
import io.temporal.api.workflowservice.v1.RecordActivityTaskHeartbeatRequest;
import io.temporal.api.workflowservice.v1.RecordActivityTaskHeartbeatResponse;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCanceledByIdRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCanceledByIdResponse;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCanceledRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCanceledResponse;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCompletedByIdRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCompletedByIdResponse;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCompletedRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCompletedResponse;
import io.temporal.api.workflowservice.v1.RespondActivityTaskFailedByIdRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskFailedByIdResponse;
import io.temporal.api.workflowservice.v1.RespondActivityTaskFailedRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskFailedResponse;
import io.temporal.api.workflowservice.v1.SignalWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.SignalWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real gRPC server on a loopback port that plays Temporal's frontend for the calls a completer
 * makes — completing, failing, heartbeating, reporting cancellation (by token and by id),
 * signalling, and describing a workflow to find its pending activity — and answers each with a
 * scripted status, counting calls. A described workflow runs and has one pending activity, of the
 * type and id {@link #pendingActivity} sets. It produces the answers the test server never gives,
 * such as {@code INVALID_ARGUMENT} or {@code PERMISSION_DENIED}. {@code GetSystemInfo} answers with
 * default capabilities and is not counted; every other call is {@code UNIMPLEMENTED}.
 */
public final class ScriptedWorkflowService implements AutoCloseable {
  /** The description of scripted error statuses unless a test gives one. */
  public static final String DESCRIPTION = "scripted by the test";

  private final Server server;
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private Status.Code failure = Status.Code.OK;
  private int failuresLeft;
  private Status.Code afterwards = Status.Code.OK;
  private String failureDescription = DESCRIPTION;
  private PendingActivityInfo pending;

  /** Starts the server on {@code 127.0.0.1} on a port the OS picks; it answers {@code OK}. */
  public ScriptedWorkflowService() {
    try {
      server =
          NettyServerBuilder.forAddress(
                  new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                  InsecureServerCredentials.create())
              .addService(new Frontend())
              .build()
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the scripted gRPC server", e);
    }
  }

  /** {@code 127.0.0.1:<port>}, for {@code WorkflowServiceStubsOptions.setTarget}. */
  public String target() {
    return "127.0.0.1:" + server.getPort();
  }

  /** Answers every call with {@code code} from now on, and forgets the calls so far. */
  public synchronized void alwaysAnswer(Status.Code code) {
    answer(code, Integer.MAX_VALUE);
  }

  /** Answers every call with {@code code} and {@code description}, and forgets the calls so far. */
  public synchronized void alwaysAnswer(Status.Code code, String description) {
    alwaysAnswer(code);
    failureDescription = description;
  }

  /**
   * Answers the next {@code times} calls with {@code code} and the ones after with {@code OK}, and
   * forgets the calls so far.
   */
  public synchronized void answer(Status.Code code, int times) {
    answer(code, times, Status.Code.OK);
  }

  /**
   * Answers the next {@code times} calls with {@code code} and the ones after with {@code then}
   * (for example {@code UNAVAILABLE} once, then {@code NOT_FOUND}: a reply whose answer was lost,
   * retried), and forgets the calls so far.
   */
  public synchronized void answer(Status.Code code, int times, Status.Code then) {
    failure = code;
    failuresLeft = times;
    afterwards = then;
    failureDescription = DESCRIPTION;
    calls.clear();
  }

  /**
   * Describes every workflow as running, with one pending activity of {@code activityType} and
   * {@code activityId}.
   */
  public synchronized void pendingActivity(String activityType, String activityId) {
    pending =
        PendingActivityInfo.newBuilder()
            .setActivityType(ActivityType.newBuilder().setName(activityType))
            .setActivityId(activityId)
            .setAttempt(1)
            .build();
  }

  private synchronized DescribeWorkflowExecutionResponse described(WorkflowExecution execution) {
    DescribeWorkflowExecutionResponse.Builder described =
        DescribeWorkflowExecutionResponse.newBuilder()
            .setWorkflowExecutionInfo(
                WorkflowExecutionInfo.newBuilder()
                    .setExecution(
                        execution.getRunId().isEmpty()
                            ? execution.toBuilder().setRunId("run-1").build()
                            : execution)
                    .setStatus(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING));
    if (pending != null) {
      described.addPendingActivities(pending);
    }
    return described.build();
  }

  /** The bare method names of the calls answered since the script was set, in order. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  private synchronized Status nextAnswer(String method) {
    calls.add(method);
    if (failure == Status.Code.OK || failuresLeft == 0) {
      return afterwards == Status.Code.OK
          ? Status.OK
          : afterwards.toStatus().withDescription(failureDescription);
    }
    failuresLeft--;
    return failure.toStatus().withDescription(failureDescription);
  }

  private <A extends Message> void answer(String method, A ok, StreamObserver<A> observer) {
    Status status = nextAnswer(method);
    if (status.isOk()) {
      observer.onNext(ok);
      observer.onCompleted();
    } else {
      observer.onError(status.asRuntimeException());
    }
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.shutdownNow();
    try {
      server.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The scripted RPCs. */
  private final class Frontend extends WorkflowServiceGrpc.WorkflowServiceImplBase {
    @Override
    public void getSystemInfo(
        GetSystemInfoRequest request, StreamObserver<GetSystemInfoResponse> observer) {
      observer.onNext(GetSystemInfoResponse.getDefaultInstance());
      observer.onCompleted();
    }

    @Override
    public void respondActivityTaskCompleted(
        RespondActivityTaskCompletedRequest request,
        StreamObserver<RespondActivityTaskCompletedResponse> observer) {
      answer(
          "RespondActivityTaskCompleted",
          RespondActivityTaskCompletedResponse.getDefaultInstance(),
          observer);
    }

    @Override
    public void respondActivityTaskCompletedById(
        RespondActivityTaskCompletedByIdRequest request,
        StreamObserver<RespondActivityTaskCompletedByIdResponse> observer) {
      answer(
          "RespondActivityTaskCompletedById",
          RespondActivityTaskCompletedByIdResponse.getDefaultInstance(),
          observer);
    }

    @Override
    public void respondActivityTaskFailed(
        RespondActivityTaskFailedRequest request,
        StreamObserver<RespondActivityTaskFailedResponse> observer) {
      answer(
          "RespondActivityTaskFailed",
          RespondActivityTaskFailedResponse.getDefaultInstance(),
          observer);
    }

    @Override
    public void respondActivityTaskFailedById(
        RespondActivityTaskFailedByIdRequest request,
        StreamObserver<RespondActivityTaskFailedByIdResponse> observer) {
      answer(
          "RespondActivityTaskFailedById",
          RespondActivityTaskFailedByIdResponse.getDefaultInstance(),
          observer);
    }

    @Override
    public void recordActivityTaskHeartbeat(
        RecordActivityTaskHeartbeatRequest request,
        StreamObserver<RecordActivityTaskHeartbeatResponse> observer) {
      answer(
          "RecordActivityTaskHeartbeat",
          RecordActivityTaskHeartbeatResponse.getDefaultInstance(),
          observer);
    }

    @Override
    public void recordActivityTaskHeartbeatById(
        RecordActivityTaskHeartbeatByIdRequest request,
        StreamObserver<RecordActivityTaskHeartbeatByIdResponse> observer) {
      answer(
          "RecordActivityTaskHeartbeatById",
          RecordActivityTaskHeartbeatByIdResponse.getDefaultInstance(),
          observer);
    }

    @Override
    public void respondActivityTaskCanceled(
        RespondActivityTaskCanceledRequest request,
        StreamObserver<RespondActivityTaskCanceledResponse> observer) {
      answer(
          "RespondActivityTaskCanceled",
          RespondActivityTaskCanceledResponse.getDefaultInstance(),
          observer);
    }

    @Override
    public void respondActivityTaskCanceledById(
        RespondActivityTaskCanceledByIdRequest request,
        StreamObserver<RespondActivityTaskCanceledByIdResponse> observer) {
      answer(
          "RespondActivityTaskCanceledById",
          RespondActivityTaskCanceledByIdResponse.getDefaultInstance(),
          observer);
    }

    @Override
    public void describeWorkflowExecution(
        DescribeWorkflowExecutionRequest request,
        StreamObserver<DescribeWorkflowExecutionResponse> observer) {
      answer("DescribeWorkflowExecution", described(request.getExecution()), observer);
    }

    @Override
    public void signalWorkflowExecution(
        SignalWorkflowExecutionRequest request,
        StreamObserver<SignalWorkflowExecutionResponse> observer) {
      answer(
          "SignalWorkflowExecution",
          SignalWorkflowExecutionResponse.getDefaultInstance(),
          observer);
    }
  }
}
