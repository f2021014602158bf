package dev.handback.cli.desk;

import dev.handback.cli.desk.DeskActivities.Paper;
import dev.handback.maven.ContractGenerator;
import dev.handback.maven.ProjectCoordinates;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.WorkerFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A worker of the desk's workflow and activities on a running server, and the starts. */
public final class Desk implements AutoCloseable {
  public static final String TASK_QUEUE = "desk";

  private final WorkflowClient client;
  private final WorkerFactory workers;
  private final DeskActivitiesImpl activities = new DeskActivitiesImpl();

  public Desk(WorkflowClient client) {
    this.client = client;
    this.workers = WorkerFactory.newInstance(client);
    var worker = workers.newWorker(TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(
        DeskWorkflow.Impl.class, DeskRoundWorkflow.Impl.class);
    worker.registerActivitiesImplementations(activities);
    workers.start();
  }

  /** Starts a workflow that waits for {@code paper}, by inbox or by asynchronous completion. */
  public WorkflowStub start(String workflowId, Paper paper, boolean byInbox) {
    DeskWorkflow workflow =
        client.newWorkflowStub(
            DeskWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setTaskQueue(TASK_QUEUE)
                .build());
    WorkflowClient.start(workflow::decide, paper, byInbox);
    return WorkflowStub.fromTyped(workflow);
  }

  /** Starts a workflow that reviews all of {@code papers} at once. */
  public WorkflowStub startRound(String workflowId, List<Paper> papers) {
    DeskRoundWorkflow workflow =
        client.newWorkflowStub(
            DeskRoundWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setTaskQueue(TASK_QUEUE)
                .build());
    WorkflowClient.start(workflow::reviewAll, papers);
    return WorkflowStub.fromTyped(workflow);
  }

  /**
   * The desk's contract.json, written into {@code directory} as {@code handback:contract} would.
   */
  public static Path contract(Path directory) {
    return new ContractGenerator()
        .generate(
            new ProjectCoordinates("dev.handback", "cli-test", "1"),
            Path.of("target/test-classes"),
            Desk.class.getClassLoader(),
            directory)
        .orElseThrow()
        .json();
  }

  /** The next handle the desk was handed. */
  public String nextHandle() throws InterruptedException {
    return activities.nextHandle();
  }

  @Override
  public void close() {
    workers.shutdownNow();
    workers.awaitTermination(10, TimeUnit.SECONDS);
  }
}
