package dev.handback.samples.review;

import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;

/** Temporal's test server inside this JVM: nothing to install, gone when closed. */
public final class InProcessTemporal implements TemporalEnvironment {
  // Real time: with time skipping the server could jump past the one-hour heartbeat timeout
  // while the review desk, which the server cannot see, is still at work.
  private final TestWorkflowEnvironment environment =
      TestWorkflowEnvironment.newInstance(
          TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build());

  @Override
  public String description() {
    return "Temporal's in-process test server";
  }

  @Override
  public WorkflowClient client() {
    return environment.getWorkflowClient();
  }

  @Override
  public Worker newWorker(String taskQueue) {
    return environment.newWorker(taskQueue);
  }

  @Override
  public void start() {
    environment.start();
  }

  @Override
  public void close() {
    environment.close();
  }
}
