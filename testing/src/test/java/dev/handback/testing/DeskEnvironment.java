package dev.handback.testing;

import dev.handback.testing.DeskWorkflow.Step;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;

/**
 * A hand-built test environment with time skipping, whose worker runs {@link DeskWorkflow} with the
 * given implementation of {@link DeskActivities}. One per test.
 */
final class DeskEnvironment implements AutoCloseable {
  static final String QUEUE = "desk";

  final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();

  DeskEnvironment(DeskActivities activities) {
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(DeskWorkflow.Impl.class);
    worker.registerActivitiesImplementations(activities);
    env.start();
  }

  /** Starts a {@link DeskWorkflow} with id {@code workflowId} that takes {@code step}. */
  WorkflowStub start(Step step, String workflowId) {
    DeskWorkflow workflow =
        env.getWorkflowClient()
            .newWorkflowStub(
                DeskWorkflow.class,
                WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(workflowId).build());
    WorkflowClient.start(workflow::run, step, "doc-1");
    return WorkflowStub.fromTyped(workflow);
  }

  @Override
  public void close() {
    env.close();
  }
}
