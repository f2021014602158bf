package dev.handback.internal;

import com.google.protobuf.ByteString;
import dev.handback.runtime.ReplyAddress;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.Header;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.api.workflowservice.v1.RecordActivityTaskHeartbeatByIdRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCanceledByIdRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCanceledRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCompletedByIdRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCompletedRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskFailedByIdRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskFailedRequest;
import io.temporal.api.workflowservice.v1.SignalWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import io.temporal.client.ActivityNotExistsException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.context.ContextPropagator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Temporal's RPCs for replies, sent here rather than through the SDK's {@code
 * ActivityCompletionClient} and {@code WorkflowStub}, retried as the SDK's calls are: completing,
 * failing and cancelling activities and signalling workflows with requests built once, so every try
 * sends the same bytes and Handback sees each try's status ({@link ReplyTries}) — which the SDK's
 * clients keep to themselves, and which tells a reply whose answer was lost; heartbeats with
 * details of several payloads (a call key next to the progress); and reading what Temporal
 * recorded: describing a workflow (its pending activities) and its history. ({@code
 * ActivityCompletionClient.reportCancellation} would also only log a failed report.)
 */
final class RawCompletionService {
  private final WorkflowClient client;
  private final RpcRetries retries;

  RawCompletionService(WorkflowClient client, RpcRetries retries) {
    this.client = client;
    this.retries = retries;
  }

  /**
   * Sends {@code reply} to the attempt of {@code taskToken}: the same request, byte for byte, on
   * every try; {@code tries} learns whether a try may have reached the server unanswered.
   *
   * @throws ActivityNotExistsException if Temporal answered {@code NOT_FOUND}
   */
  void send(byte[] taskToken, SentReply.ToActivity reply, ReplyTries tries) {
    WorkflowClientOptions options = client.getOptions();
    ByteString token = ByteString.copyFrom(taskToken);
    switch (reply.kind()) {
      case COMPLETED -> {
        RespondActivityTaskCompletedRequest.Builder request =
            RespondActivityTaskCompletedRequest.newBuilder()
                .setNamespace(options.getNamespace())
                .setIdentity(options.getIdentity())
                .setTaskToken(token);
        reply.payloads().ifPresent(request::setResult);
        RespondActivityTaskCompletedRequest built = request.build();
        call(tries, () -> stub().respondActivityTaskCompleted(built));
      }
      case FAILED -> {
        RespondActivityTaskFailedRequest request =
            RespondActivityTaskFailedRequest.newBuilder()
                .setNamespace(options.getNamespace())
                .setIdentity(options.getIdentity())
                .setTaskToken(token)
                .setFailure(reply.failure())
                .build();
        call(tries, () -> stub().respondActivityTaskFailed(request));
      }
      case CANCELED -> {
        RespondActivityTaskCanceledRequest.Builder request =
            RespondActivityTaskCanceledRequest.newBuilder()
                .setNamespace(options.getNamespace())
                .setIdentity(options.getIdentity())
                .setTaskToken(token);
        reply.payloads().ifPresent(request::setDetails);
        RespondActivityTaskCanceledRequest built = request.build();
        call(tries, () -> stub().respondActivityTaskCanceled(built));
      }
    }
  }

  /**
   * Sends {@code reply} to the current attempt of the activity {@code address}, as {@link
   * #send(byte[], SentReply.ToActivity, ReplyTries)}.
   *
   * @throws ActivityNotExistsException if Temporal answered {@code NOT_FOUND}
   */
  void send(ReplyAddress.ActivityId address, SentReply.ToActivity reply, ReplyTries tries) {
    WorkflowClientOptions options = client.getOptions();
    String runId = address.run().orElse("");
    switch (reply.kind()) {
      case COMPLETED -> {
        RespondActivityTaskCompletedByIdRequest.Builder request =
            RespondActivityTaskCompletedByIdRequest.newBuilder()
                .setNamespace(options.getNamespace())
                .setIdentity(options.getIdentity())
                .setWorkflowId(address.workflowId())
                .setRunId(runId)
                .setActivityId(address.activityId());
        reply.payloads().ifPresent(request::setResult);
        RespondActivityTaskCompletedByIdRequest built = request.build();
        call(tries, () -> stub().respondActivityTaskCompletedById(built));
      }
      case FAILED -> {
        RespondActivityTaskFailedByIdRequest request =
            RespondActivityTaskFailedByIdRequest.newBuilder()
                .setNamespace(options.getNamespace())
                .setIdentity(options.getIdentity())
                .setWorkflowId(address.workflowId())
                .setRunId(runId)
                .setActivityId(address.activityId())
                .setFailure(reply.failure())
                .build();
        call(tries, () -> stub().respondActivityTaskFailedById(request));
      }
      case CANCELED -> {
        RespondActivityTaskCanceledByIdRequest.Builder request =
            RespondActivityTaskCanceledByIdRequest.newBuilder()
                .setNamespace(options.getNamespace())
                .setIdentity(options.getIdentity())
                .setWorkflowId(address.workflowId())
                .setRunId(runId)
                .setActivityId(address.activityId());
        reply.payloads().ifPresent(request::setDetails);
        RespondActivityTaskCanceledByIdRequest built = request.build();
        call(tries, () -> stub().respondActivityTaskCanceledById(built));
      }
    }
  }

  /**
   * Signals the workflow {@code address} with {@code input}, the same request (one request id) on
   * every try, and with the header the client's context propagators give, as the SDK's {@code
   * WorkflowStub.signal} sends it.
   *
   * @throws StatusRuntimeException with {@code NOT_FOUND} if the workflow run does not exist or has
   *     closed
   */
  void signal(ReplyAddress.SignalAddress address, Payloads input, ReplyTries tries) {
    WorkflowClientOptions options = client.getOptions();
    Header.Builder header = Header.newBuilder();
    for (ContextPropagator propagator : options.getContextPropagators()) {
      header.putAllFields(propagator.serializeContext(propagator.getCurrentContext()));
    }
    SignalWorkflowExecutionRequest request =
        SignalWorkflowExecutionRequest.newBuilder()
            .setNamespace(options.getNamespace())
            .setIdentity(options.getIdentity())
            .setRequestId(UUID.randomUUID().toString())
            .setWorkflowExecution(
                WorkflowExecution.newBuilder()
                    .setWorkflowId(address.workflowId())
                    .setRunId(address.run().orElse(""))
                    .build())
            .setSignalName(address.signalName())
            .setInput(input)
            .setHeader(header)
            .build();
    retries.get(tries.watching(() -> stub().signalWorkflowExecution(request)));
  }

  /**
   * The events of run {@code runId} (empty for the latest) of {@code workflowId}, oldest first;
   * empty if there is no such workflow in the client's namespace.
   */
  Optional<List<HistoryEvent>> history(String workflowId, Optional<String> runId) {
    GetWorkflowExecutionHistoryRequest.Builder request =
        GetWorkflowExecutionHistoryRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setExecution(
                WorkflowExecution.newBuilder()
                    .setWorkflowId(workflowId)
                    .setRunId(runId.orElse(""))
                    .build());
    List<HistoryEvent> events = new ArrayList<>();
    try {
      do {
        GetWorkflowExecutionHistoryRequest page = request.build();
        GetWorkflowExecutionHistoryResponse answer =
            retries.get(() -> stub().getWorkflowExecutionHistory(page));
        events.addAll(answer.getHistory().getEventsList());
        request.setNextPageToken(answer.getNextPageToken());
      } while (!request.getNextPageToken().isEmpty());
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
    return Optional.of(events);
  }

  /**
   * Records a heartbeat with {@code details} as they are, for the activity by ids.
   *
   * @return whether the workflow asked to cancel the activity
   */
  boolean heartbeat(
      String workflowId, Optional<String> runId, String activityId, Payloads details) {
    WorkflowClientOptions options = client.getOptions();
    RecordActivityTaskHeartbeatByIdRequest request =
        RecordActivityTaskHeartbeatByIdRequest.newBuilder()
            .setNamespace(options.getNamespace())
            .setIdentity(options.getIdentity())
            .setWorkflowId(workflowId)
            .setRunId(runId.orElse(""))
            .setActivityId(activityId)
            .setDetails(details)
            .build();
    return call(() -> stub().recordActivityTaskHeartbeatById(request)).getCancelRequested();
  }

  /**
   * What Temporal says about run {@code runId} (empty for the latest) of {@code workflowId}: its
   * status and pending activities; empty if there is no such workflow in the client's namespace.
   */
  Optional<DescribeWorkflowExecutionResponse> describe(String workflowId, Optional<String> runId) {
    DescribeWorkflowExecutionRequest request =
        DescribeWorkflowExecutionRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setExecution(
                WorkflowExecution.newBuilder()
                    .setWorkflowId(workflowId)
                    .setRunId(runId.orElse(""))
                    .build())
            .build();
    try {
      return Optional.of(retries.get(() -> stub().describeWorkflowExecution(request)));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private WorkflowServiceGrpc.WorkflowServiceBlockingStub stub() {
    return client.getWorkflowServiceStubs().blockingStub();
  }

  private <T> T call(ReplyTries tries, Supplier<T> rpc) {
    return call(tries.watching(rpc));
  }

  private <T> T call(Supplier<T> rpc) {
    try {
      return retries.get(rpc);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw new ActivityNotExistsException(e);
      }
      throw e;
    }
  }
}
