package dev.handback.bench.runtime;

import dev.handback.testserver.TestServerProcess;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's standalone test server in a JVM process of its own on a loopback port, reached over
 * real gRPC: the tests' {@link TestServerProcess}, here with the JVM's default options (full JIT,
 * default collector), as a server runs. Stopped by {@link #close()}.
 */
final class StandaloneServer implements TemporalServer {
  private final TestServerProcess process;
  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;
  private final WorkerFactory workers;

  private StandaloneServer(TestServerProcess process) {
    this.process = process;
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(process.target()).build());
    this.client = WorkflowClient.newInstance(stubs);
    this.workers = WorkerFactory.newInstance(client);
  }

  /** Starts the server process and waits until it answers. */
  static StandaloneServer start() {
    try {
      return new StandaloneServer(TestServerProcess.start("bench-test-server", List.of()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the test server started", e);
    }
  }

  @Override
  public String name() {
    return "standalone test server (gRPC)";
  }

  @Override
  public WorkflowClient client() {
    return client;
  }

  @Override
  public Worker newWorker(String taskQueue) {
    return workers.newWorker(taskQueue);
  }

  @Override
  public void startWorkers() {
    workers.start();
  }

  @Override
  public void close() {
    workers.shutdownNow();
    workers.awaitTermination(10, TimeUnit.SECONDS);
    stubs.shutdownNow();
    process.close();
  }
}
