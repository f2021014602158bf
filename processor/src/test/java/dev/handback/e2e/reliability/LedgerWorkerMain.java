package dev.handback.e2e.reliability;

import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;

/**
 * A worker for {@link LedgerActivities} — and, with the argument {@value #CLEARING}, for {@link
 * ClearingWorkflow} too — in a JVM of its own, which a test kills to simulate a crash after the
 * hand-off. Arguments: the server's target, then optionally {@value #CLEARING}. For every hand-off
 * it prints {@code HANDOFF <workflowId> <attempt> <handle>}, a stand-in for sending the handle to
 * the external party; it stops when its standard input closes.
 */
public final class LedgerWorkerMain {
  /** The prefix of a hand-off line. */
  public static final String HANDOFF = "HANDOFF ";

  /** The line printed once the worker polls. */
  public static final String POLLING = "POLLING";

  /** The argument that also runs the clearing workflows in this JVM. */
  public static final String CLEARING = "clearing";

  private LedgerWorkerMain() {}

  /** Runs the worker until standard input ends. */
  public static void main(String[] args) throws Exception {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(args[0]).build());
    boolean clearing = args.length > 1 && args[1].equals(CLEARING);
    WorkerFactory factory = WorkerFactory.newInstance(WorkflowClient.newInstance(stubs));
    factory
        .newWorker(LedgerActivities.QUEUE)
        .registerActivitiesImplementations(
            new LedgerActivitiesImpl(
                handOff -> {
                  synchronized (System.out) {
                    System.out.println(
                        HANDOFF
                            + handOff.workflowId()
                            + " "
                            + handOff.attempt()
                            + " "
                            + handOff.handle());
                    System.out.flush();
                  }
                }));
    if (clearing) {
      // Temporal moves a workflow task off a dead worker's sticky queue after the sticky
      // schedule-to-start timeout; the test server never does. This worker, which a test kills
      // while its workflow waits, therefore asks for no sticky queue (a zero timeout), so the next
      // task goes to the shared queue.
      factory
          .newWorker(
              ClearingWorkflow.QUEUE,
              WorkerOptions.newBuilder()
                  .setStickyQueueScheduleToStartTimeout(Duration.ZERO)
                  .build())
          .registerWorkflowImplementationTypes(ClearingWorkflow.Impl.class);
    }
    factory.start();
    System.out.println(POLLING);
    System.out.flush();
    while (System.in.read() >= 0) {
      // Runs until the test closes our standard input or kills us.
    }
    factory.shutdownNow();
    stubs.shutdownNow();
  }
}
