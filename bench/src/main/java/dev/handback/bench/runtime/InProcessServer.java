package dev.handback.bench.runtime;

import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;

/**
 * Temporal's test server inside this JVM, without time skipping, over gRPC's in-process transport.
 */
final class InProcessServer implements TemporalServer {
  private final TestWorkflowEnvironment env =
      TestWorkflowEnvironment.newInstance(
          TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build());

  @Override
  public String name() {
    return "in-process test server";
  }

  @Override
  public WorkflowClient client() {
    return env.getWorkflowClient();
  }

  @Override
  public Worker newWorker(String taskQueue) {
    return env.newWorker(taskQueue);
  }

  @Override
  public void startWorkers() {
    env.start();
  }

  @Override
  public void close() {
    env.close();
  }
}
