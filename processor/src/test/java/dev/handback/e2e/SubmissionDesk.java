package dev.handback.e2e;

import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.e2e.SubmissionWorkflow.Step;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Instant;

/**
 * Temporal's in-process test server (time skipping on) with one worker running the submission and
 * review workflows and activities: the setup the {@code @ExternalResult} tests share. One per test.
 */
final class SubmissionDesk implements AutoCloseable {
  private static final String QUEUE = "submissions";

  final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  final WorkflowClient client = env.getWorkflowClient();
  final SubmissionActivitiesImpl submissions =
      new SubmissionActivitiesImpl(() -> Instant.ofEpochMilli(env.currentTimeMillis()));
  final ReviewActivitiesImpl reviews = new ReviewActivitiesImpl();

  SubmissionDesk() {
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(
        SubmissionWorkflow.Impl.class,
        TypedSubmissionWorkflow.Impl.class,
        ReviewWorkflow.Impl.class);
    worker.registerActivitiesImplementations(submissions, reviews);
    env.start();
  }

  /** Starts a {@link SubmissionWorkflow} with id {@code workflowId} that takes {@code step}. */
  WorkflowStub start(Step step, String workflowId, Document document) {
    SubmissionWorkflow workflow =
        client.newWorkflowStub(SubmissionWorkflow.class, options(workflowId));
    WorkflowClient.start(workflow::run, step, document);
    return WorkflowStub.fromTyped(workflow);
  }

  /** Options for a workflow with id {@code workflowId} on this desk's worker. */
  WorkflowOptions options(String workflowId) {
    return WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(workflowId).build();
  }

  @Override
  public void close() {
    env.close();
  }
}
