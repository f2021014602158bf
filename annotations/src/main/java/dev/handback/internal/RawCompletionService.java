package dev.handback.internal;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCanceledByIdRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCanceledRequest;
import io.temporal.client.ActivityNotExistsException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import java.util.Optional;

/**
 * Reports cancellation with Temporal's RPC directly. {@code
 * ActivityCompletionClient.reportCancellation} only logs a failed report, so an external party
 * could never learn that its confirmation was lost; this one retries as the SDK's calls do and then
 * throws.
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

  private Optional<Payloads> toPayloads(Object details) {
    return details == null
        ? Optional.empty()
        : client.getOptions().getDataConverter().toPayloads(details);
  }

  private void call(Runnable rpc) {
    try {
      retries.run(rpc);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw new ActivityNotExistsException(e);
      }
      throw e;
    }
  }
}
