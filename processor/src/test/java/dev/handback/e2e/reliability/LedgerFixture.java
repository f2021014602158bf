package dev.handback.e2e.reliability;

import dev.handback.e2e.reliability.LedgerActivities.Order;
import dev.handback.e2e.reliability.LedgerActivitiesImpl.HandOff;
import dev.handback.testserver.LeakWatch;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Workers in the test JVM for the ledger workflows and (on demand) activities, and the helpers the
 * reliability tests share. Generous waits: the machine may be slow, and no test measures time.
 */
final class LedgerFixture implements AutoCloseable {
  static final Duration PATIENCE = Duration.ofMinutes(2);

  /** A completer's retry policy for calls that may succeed later, such as {@code UNAVAILABLE}. */
  static final RpcRetryOptions PATIENT_RETRIES =
      RpcRetryOptions.newBuilder()
          .setInitialInterval(Duration.ofMillis(100))
          .setBackoffCoefficient(2)
          .setMaximumInterval(Duration.ofSeconds(1))
          .setExpiration(Duration.ofMinutes(3))
          .build();

  private final WorkflowClient client;
  private final WorkerFactory workflowWorkers;
  private WorkerFactory activityWorkers;
  private WorkerFactory clearingWorkers;
  private final BlockingQueue<HandOff> outbox = new LinkedBlockingQueue<>();

  LedgerFixture(WorkflowClient client) {
    this.client = client;
    this.workflowWorkers = WorkerFactory.newInstance(client);
    workflowWorkers
        .newWorker(LedgerWorkflow.QUEUE)
        .registerWorkflowImplementationTypes(LedgerWorkflow.Impl.class);
    workflowWorkers.start();
  }

  /** Starts a worker for the activities in this JVM, which hands off to {@link #nextHandOff}. */
  LedgerFixture withActivityWorker() {
    activityWorkers = WorkerFactory.newInstance(client);
    activityWorkers
        .newWorker(LedgerActivities.QUEUE)
        .registerActivitiesImplementations(new LedgerActivitiesImpl(outbox::add));
    activityWorkers.start();
    return this;
  }

  /** Starts a worker for {@link ClearingWorkflow} in this JVM. */
  LedgerFixture withClearingWorkflows() {
    clearingWorkers = WorkerFactory.newInstance(client);
    clearingWorkers
        .newWorker(ClearingWorkflow.QUEUE)
        .registerWorkflowImplementationTypes(ClearingWorkflow.Impl.class);
    clearingWorkers.start();
    return this;
  }

  WorkflowClient client() {
    return client;
  }

  /** A workflow id no other test uses: the server outlives a test. */
  static String uniqueId(String name) {
    return name + "-" + UUID.randomUUID();
  }

  WorkflowStub start(LedgerWorkflow.Step step, String workflowId) {
    return start(step, workflowId, null);
  }

  WorkflowStub start(LedgerWorkflow.Step step, String workflowId, Duration executionTimeout) {
    LedgerWorkflow workflow =
        client.newWorkflowStub(
            LedgerWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(LedgerWorkflow.QUEUE)
                .setWorkflowId(workflowId)
                .setWorkflowExecutionTimeout(executionTimeout)
                .build());
    WorkflowClient.start(workflow::run, step, new Order(workflowId, 100));
    return WorkflowStub.fromTyped(workflow);
  }

  /** Starts a {@link ClearingWorkflow} that waits for its receipt as {@code terms} say. */
  WorkflowStub startClearing(String workflowId, long patienceSeconds, boolean holdOpen) {
    return startClearing(workflowId, patienceSeconds, holdOpen, null);
  }

  /** {@link #startClearing(String, long, boolean)} with a workflow execution timeout. */
  WorkflowStub startClearing(
      String workflowId, long patienceSeconds, boolean holdOpen, Duration executionTimeout) {
    ClearingWorkflow workflow =
        client.newWorkflowStub(
            ClearingWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(ClearingWorkflow.QUEUE)
                .setWorkflowId(workflowId)
                .setWorkflowExecutionTimeout(executionTimeout)
                .build());
    WorkflowClient.start(
        workflow::run,
        new ClearingWorkflow.Terms(new Order(workflowId, 100), patienceSeconds, holdOpen));
    return WorkflowStub.fromTyped(workflow);
  }

  /** The next hand-off in this JVM; fails after {@link #PATIENCE}. */
  HandOff nextHandOff() throws InterruptedException {
    HandOff handOff = outbox.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    if (handOff == null) {
      throw new AssertionError("No activity was handed off within " + PATIENCE);
    }
    LeakWatch.secret(handOff.handle());
    return handOff;
  }

  /** Whether no hand-off in this JVM waits to be taken. */
  boolean noHandOffWaiting() {
    return outbox.isEmpty();
  }

  /** The events of the workflow's history, oldest first. */
  List<HistoryEvent> history(String workflowId) {
    return client.fetchHistory(workflowId).getHistory().getEventsList();
  }

  /** How many events of {@code type} the workflow's history holds. */
  long eventsOf(String workflowId, EventType type) {
    return history(workflowId).stream().filter(event -> event.getEventType() == type).count();
  }

  /** How many signals named {@code signalName} the workflow's history holds. */
  long signalsOf(String workflowId, String signalName) {
    return history(workflowId).stream()
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)
        .filter(
            event ->
                event
                    .getWorkflowExecutionSignaledEventAttributes()
                    .getSignalName()
                    .equals(signalName))
        .count();
  }

  /** The attempt of each started activity in the workflow's history, oldest first. */
  List<Integer> startedAttempts(String workflowId) {
    return history(workflowId).stream()
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED)
        .map(event -> event.getActivityTaskStartedEventAttributes().getAttempt())
        .toList();
  }

  WorkflowExecutionStatus status(String workflowId) {
    return client.newUntypedWorkflowStub(workflowId).describe().getStatus();
  }

  /**
   * A step that waits until workflow {@code workflowId} no longer runs: for a test whose reply's
   * answer is lost after the workflow closed on it.
   */
  Runnable untilClosed(String workflowId) {
    return () -> {
      try {
        await(
            "the workflow to close",
            () -> status(workflowId) != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    };
  }

  /** Waits until {@code condition} holds; fails after {@link #PATIENCE}. */
  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited " + PATIENCE + " for " + what);
      }
      Thread.sleep(100);
    }
  }

  @Override
  public void close() {
    if (activityWorkers != null) {
      activityWorkers.shutdownNow();
    }
    if (clearingWorkers != null) {
      clearingWorkers.shutdownNow();
    }
    workflowWorkers.shutdownNow();
    workflowWorkers.awaitTermination(30, TimeUnit.SECONDS);
  }
}
