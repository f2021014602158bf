package dev.handback.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoResponse;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code waiting} asks a Temporal service that implements {@code ListWorkflowExecutions} (the
 * test server does not): a query for running workflows of the task queue, each page in turn, and no
 * fallback to the older list. A frontend on a loopback port records the calls.
 */
class VisibilityQueryTest {
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private Server server;

  @BeforeEach
  void startFrontend() throws Exception {
    server =
        NettyServerBuilder.forAddress(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                InsecureServerCredentials.create())
            .addService(new Frontend())
            .build()
            .start();
  }

  @AfterEach
  void stopFrontend() {
    server.shutdownNow();
  }

  @Test
  void asksForRunningWorkflowsOfTheTaskQueuePageByPage() throws Exception {
    CliRun run =
        CliRun.of(
            Map.of(
                "TEMPORAL_ADDRESS", "127.0.0.1:" + server.getPort(), "TEMPORAL_NAMESPACE", "ops"),
            "",
            "waiting",
            "--classes",
            Path.of("target/test-classes").toString(),
            "--task-queue",
            "desk's",
            "--json");

    assertEquals(ExitCode.OK, run.code(), run::toString);
    assertEquals(
        List.of(
            "List ops: ExecutionStatus = 'Running' AND TaskQueue = 'desk\\'s' page ''",
            "List ops: ExecutionStatus = 'Running' AND TaskQueue = 'desk\\'s' page 'next'",
            "Describe ops: gone-1",
            "Describe ops: gone-2"),
        calls);
    assertEquals(
        0, new ObjectMapper().readTree(run.out()).path("waiting").size(), "both were gone");
  }

  /** Two pages of one workflow each; both workflows are gone when described. */
  private final class Frontend extends WorkflowServiceGrpc.WorkflowServiceImplBase {
    @Override
    public void getSystemInfo(
        GetSystemInfoRequest request, StreamObserver<GetSystemInfoResponse> observer) {
      observer.onNext(GetSystemInfoResponse.getDefaultInstance());
      observer.onCompleted();
    }

    @Override
    public void listWorkflowExecutions(
        ListWorkflowExecutionsRequest request,
        StreamObserver<ListWorkflowExecutionsResponse> observer) {
      String page = request.getNextPageToken().toStringUtf8();
      calls.add(
          "List " + request.getNamespace() + ": " + request.getQuery() + " page '" + page + "'");
      ListWorkflowExecutionsResponse.Builder response =
          ListWorkflowExecutionsResponse.newBuilder()
              .addExecutions(
                  WorkflowExecutionInfo.newBuilder()
                      .setExecution(
                          WorkflowExecution.newBuilder()
                              .setWorkflowId(page.isEmpty() ? "gone-1" : "gone-2")
                              .setRunId("r")));
      if (page.isEmpty()) {
        response.setNextPageToken(com.google.protobuf.ByteString.copyFromUtf8("next"));
      }
      observer.onNext(response.build());
      observer.onCompleted();
    }

    @Override
    public void describeWorkflowExecution(
        DescribeWorkflowExecutionRequest request,
        StreamObserver<DescribeWorkflowExecutionResponse> observer) {
      calls.add(
          "Describe " + request.getNamespace() + ": " + request.getExecution().getWorkflowId());
      observer.onError(Status.NOT_FOUND.withDescription("gone").asRuntimeException());
    }
  }
}
