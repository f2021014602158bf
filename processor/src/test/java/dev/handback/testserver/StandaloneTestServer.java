package dev.handback.testserver;

import io.grpc.ClientInterceptor;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs Temporal's standalone test server in a JVM of its own for one test class, reached over real
 * gRPC on a loopback port:
 *
 * <pre>{@code
 * @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();
 * }</pre>
 *
 * <p>Before the first test it starts a {@link TestServerProcess} (quick to start, see {@link
 * ChildJvm#quickStartOptions}); after the last test (also when tests fail) it closes every stub it
 * made and stops the process.
 */
public final class StandaloneTestServer implements BeforeAllCallback, AfterAllCallback {
  private final List<WorkflowServiceStubs> stubs = new ArrayList<>();
  private final String heap;
  private TestServerProcess server;

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
    server =
        TestServerProcess.start(
            "test-server-" + context.getDisplayName(), ChildJvm.quickStartOptions(heap));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    synchronized (stubs) {
      for (WorkflowServiceStubs s : stubs) {
        s.shutdownNow();
      }
      stubs.clear();
    }
    if (server != null) {
      server.close();
    }
  }

  /** The server's gRPC address, {@code 127.0.0.1:<port>}. */
  public String target() {
    return server.target();
  }

  /** Stubs connected to the server, closed after the test class. */
  public WorkflowServiceStubs stubs() {
    return stubs(target(), List.of(), null);
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
