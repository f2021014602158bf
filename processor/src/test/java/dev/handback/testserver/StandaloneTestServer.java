package dev.handback.testserver;

import io.grpc.ClientInterceptor;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs Temporal's standalone test server in a JVM of its own for one test class, reached over
 * real gRPC on a loopback port:
 *
 * <pre>{@code
 * @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();
 * }</pre>
 *
 * <p>Before the first test it starts {@link LoopbackTestServer} and waits until the server answers
 * {@code GetSystemInfo}; after the last test (also when tests fail) it closes every stub it made
 * and stops the process, killing it after a grace period.
 */
public final class StandaloneTestServer implements BeforeAllCallback, AfterAllCallback {
  private static final Duration STARTUP = Duration.ofMinutes(2);

  private final List<WorkflowServiceStubs> stubs = new ArrayList<>();
  private final String heap;
  private ChildJvm process;
  private String target;

  /** A server with a 256 MB heap, plenty for a few hundred workflows. */
  public StandaloneTestServer() {
    this("256m");
  }

  /** A server with a maximum heap of {@code heap} ({@code -Xmx} syntax), for load tests. */
  public StandaloneTestServer(String heap) {
    this.heap = heap;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    process =
        ChildJvm.start(
            "test-server-" + context.getDisplayName(), heap, LoopbackTestServer.class);
    String line = process.awaitLine(LoopbackTestServer.LISTENING + " ", STARTUP);
    target = "127.0.0.1:" + line.substring(LoopbackTestServer.LISTENING.length() + 1);
    awaitAnswer();
  }

  private void awaitAnswer() throws InterruptedException {
    WorkflowServiceStubs probe = newStubs(target, List.of(), null);
    try {
      long deadline = System.nanoTime() + STARTUP.toNanos();
      while (true) {
        try {
          probe.blockingStub().getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
          return;
        } catch (RuntimeException e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("The test server at " + target + " never answered", e);
          }
          Thread.sleep(200);
        }
      }
    } finally {
      probe.shutdownNow();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    synchronized (stubs) {
      for (WorkflowServiceStubs s : stubs) {
        s.shutdownNow();
      }
      stubs.clear();
    }
    if (process != null) {
      process.close();
    }
  }

  /** The server's gRPC address, {@code 127.0.0.1:<port>}. */
  public String target() {
    return target;
  }

  /** Stubs connected to the server, closed after the test class. */
  public WorkflowServiceStubs stubs() {
    return stubs(target, List.of(), null);
  }

  /** A client in the default namespace, closed after the test class. */
  public WorkflowClient client() {
    return WorkflowClient.newInstance(stubs());
  }

  /**
   * Stubs to {@code target} (the server, or a proxy in front of it) with {@code interceptors} and
   * {@code retry} (null for Temporal's defaults), closed after the test class.
   */
  public WorkflowServiceStubs stubs(
      String target, List<ClientInterceptor> interceptors, RpcRetryOptions retry) {
    WorkflowServiceStubs made = newStubs(target, interceptors, retry);
    synchronized (stubs) {
      stubs.add(made);
    }
    return made;
  }

  private static WorkflowServiceStubs newStubs(
      String target, List<ClientInterceptor> interceptors, RpcRetryOptions retry) {
    WorkflowServiceStubsOptions.Builder options =
        WorkflowServiceStubsOptions.newBuilder()
            .setTarget(target)
            .setGrpcClientInterceptors(interceptors);
    if (retry != null) {
      options.setRpcRetryOptions(retry);
    }
    return WorkflowServiceStubs.newServiceStubs(options.build());
  }
}
