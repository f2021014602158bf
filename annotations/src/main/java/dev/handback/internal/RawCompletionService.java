package dev.handback.internal;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.RecordActivityTaskHeartbeatByIdRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCanceledByIdRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCanceledRequest;
import io.temporal.client.ActivityNotExistsException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Temporal's RPCs where the SDK's {@code ActivityCompletionClient} does not do what a reply needs,
 * retried as the SDK's calls are: reporting cancellation ({@code
 * ActivityCompletionClient.reportCancellation} only logs a failed report, so an external party
 * could never learn that its confirmation was lost), heartbeats with details of several payloads (a
 * call key next to the progress), and describing a workflow to find its pending activities.
 */
final class RawCompletionService {
  private final WorkflowClient client;
  private final RpcRetries retries;

  RawCompletionService(WorkflowClient client, RpcRetries retries) {
    this.client = client;
    this.retries = retries;
  }

  void reportCancellation(byte[] taskToken, Object details) {
    WorkflowClientOptions options = client.getOptions();
    RespondActivityTaskCanceledRequest.Builder request =
        RespondActivityTaskCanceledRequest.newBuilder()
            .setNamespace(options.getNamespace())
            .setIdentity(options.getIdentity())
            .setTaskToken(ByteString.copyFrom(taskToken));
    toPayloads(details).ifPresent(request::setDetails);
    call(
        () ->
            client
                .getWorkflowServiceStubs()
                .blockingStub()
                .respondActivityTaskCanceled(request.build()));
  }

  void reportCancellation(
      String workflowId, Optional<String> runId, String activityId, Object details) {
    WorkflowClientOptions options = client.getOptions();
    RespondActivityTaskCanceledByIdRequest.Builder request =
        RespondActivityTaskCanceledByIdRequest.newBuilder()
            .setNamespace(options.getNamespace())
            .setIdentity(options.getIdentity())
            .setWorkflowId(workflowId)
            .setRunId(runId.orElse(""))
            .setActivityId(activityId);
    toPayloads(details).ifPresent(request::setDetails);
    call(
        () ->
            client
                .getWorkflowServiceStubs()
                .blockingStub()
                .respondActivityTaskCanceledById(request.build()));
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
    return call(() ->
            client
                .getWorkflowServiceStubs()
                .blockingStub()
                .recordActivityTaskHeartbeatById(request))
        .getCancelRequested();
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
      return Optional.of(
          retries.get(
              () ->
                  client
                      .getWorkflowServiceStubs()
                      .blockingStub()
                      .describeWorkflowExecution(request)));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private Optional<Payloads> toPayloads(Object details) {
    return details == null
        ? Optional.empty()
        : client.getOptions().getDataConverter().toPayloads(details);
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
