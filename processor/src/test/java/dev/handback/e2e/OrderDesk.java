package dev.handback.e2e;

import dev.handback.e2e.OrderActivities.Line;
import dev.handback.e2e.OrderActivities.Receipt;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An in-process test server running {@link OrderWorkflow} and {@link OrderActivities}, and the
 * external party's completer, for one test.
 */
final class OrderDesk implements AutoCloseable {
  private static final String QUEUE = "orders";

  final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  final WorkflowClient client;
  final OrderActivitiesImpl activities = new OrderActivitiesImpl();
  final OrderActivitiesCompleter completer;

  OrderDesk() {
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(OrderWorkflow.Impl.class);
    worker.registerActivitiesImplementations(activities);
    env.start();
    client = env.getWorkflowClient();
    completer = new OrderActivitiesCompleter(client);
  }

  /** Starts the workflow {@code workflowId}; its receipts once it completes. */
  CompletableFuture<List<Receipt>> start(
      String workflowId, OrderWorkflow.Step step, Line... lines) {
    OrderWorkflow workflow =
        client.newWorkflowStub(
            OrderWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(workflowId).build());
    return WorkflowClient.execute(workflow::run, step, List.of(lines));
  }

  /** How many activity completions the history of {@code workflowId} records. */
  long completions(String workflowId) {
    return client.fetchHistory(workflowId).getHistory().getEventsList().stream()
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)
        .count();
  }

  @Override
  public void close() {
    env.close();
  }
}
