package dev.handback.bench.runtime;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.Worker;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs batches of waiting activities on one server, one activity per workflow: starts workflows
 * until every activity has handed itself off, completes them one after another in turn by each of
 * the {@link Replier}s (A B C D …, B C D A … in the next batch), timing each call, and waits for
 * the workflows to finish before the next batch. Interleaving call by call makes a burst of noise
 * from other processes, the worker's own work or the garbage collector hit both completers alike.
 */
final class BatchRunner {
  private static final String QUEUE = "handback-bench";
  // One activity per workflow, so that a reply by business key finds exactly one pending.
  private static final int ACTIVITIES_PER_WORKFLOW = 1;
  private static final long HAND_OFF_TIMEOUT_SECONDS = 120;

  private final TemporalServer server;
  private final int activities;
  private final OrderActivitiesImpl implementation = new OrderActivitiesImpl();
  private final Map<Replier, Replier.Reply> replies = new EnumMap<>(Replier.class);
  private int batch;

  BatchRunner(TemporalServer server, int activities) {
    this.server = server;
    this.activities = activities;
    Worker worker = server.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(OrderWorkflow.Impl.class);
    worker.registerActivitiesImplementations(implementation);
    server.startWorkers();
    for (Replier replier : Replier.values()) {
      replies.put(replier, replier.connect(server.client()));
    }
  }

  String serverName() {
    return server.name();
  }

  /** Runs one batch; returns each replier's completions per second of its own calls. */
  Map<Replier, Double> run() throws InterruptedException {
    batch++;
    List<WorkflowStub> workflows = startWorkflows();
    List<Waiting> waiting = awaitHandOffs();
    Replier[] repliers = Replier.values();
    Map<Replier, Long> nanos = new EnumMap<>(Replier.class);
    Map<Replier, Integer> calls = new EnumMap<>(Replier.class);
    for (int i = 0; i < waiting.size(); i++) {
      Replier replier = repliers[(i + batch) % repliers.length];
      Replier.Reply reply = replies.get(replier);
      long start = System.nanoTime();
      reply.complete(waiting.get(i));
      nanos.merge(replier, System.nanoTime() - start, Long::sum);
      calls.merge(replier, 1, Integer::sum);
    }
    int approved = 0;
    for (WorkflowStub workflow : workflows) {
      approved += workflow.getResult(Integer.class);
    }
    if (approved != activities) {
      throw new IllegalStateException(
          "Only " + approved + " of " + activities + " activities completed");
    }
    Map<Replier, Double> perSecond = new EnumMap<>(Replier.class);
    nanos.forEach((replier, total) -> perSecond.put(replier, calls.get(replier) / (total / 1e9)));
    return perSecond;
  }

  private List<WorkflowStub> startWorkflows() {
    WorkflowClient client = server.client();
    List<WorkflowStub> workflows = new ArrayList<>();
    for (int first = 0; first < activities; first += ACTIVITIES_PER_WORKFLOW) {
      int count = Math.min(ACTIVITIES_PER_WORKFLOW, activities - first);
      String id = "batch-" + batch + "-" + first;
      OrderWorkflow workflow =
          client.newWorkflowStub(
              OrderWorkflow.class,
              WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(id).build());
      WorkflowClient.start(workflow::approveAll, id + "-", count);
      workflows.add(WorkflowStub.fromTyped(workflow));
    }
    return workflows;
  }

  private List<Waiting> awaitHandOffs() throws InterruptedException {
    List<Waiting> waiting = new ArrayList<>(activities);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HAND_OFF_TIMEOUT_SECONDS);
    while (waiting.size() < activities) {
      Waiting next = implementation.outbox.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (next == null) {
        throw new IllegalStateException(
            "Only "
                + waiting.size()
                + " of "
                + activities
                + " activities handed themselves off within "
                + HAND_OFF_TIMEOUT_SECONDS
                + " s");
      }
      waiting.add(next);
    }
    return waiting;
  }
}
