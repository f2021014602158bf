package dev.handback.e2e.reliability;

import dev.handback.e2e.reliability.LedgerActivities.Order;
import dev.handback.e2e.reliability.LedgerActivities.Receipt;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/**
 * Clears an order through {@link LedgerActivities#clear} and waits in the generated inbox for the
 * receipt the clearing house delivers by signal: the {@code @ExternalResult} path.
 */
@WorkflowInterface
public interface ClearingWorkflow {
  /** The task queue of these workflows, apart from {@link LedgerWorkflow}'s. */
  String QUEUE = "ledger-clearing";

  /**
   * What the workflow does.
   *
   * @param order what to clear
   * @param patienceSeconds how long to wait for the receipt; 0 for the declared timeout
   * @param holdOpen whether to stay open after the receipt arrived until {@link #release()}, so
   *     that a later delivery still finds the workflow running
   */
  record Terms(Order order, long patienceSeconds, boolean holdOpen) {}

  /** Clears the order and returns the receipt delivered first. */
  @WorkflowMethod
  Receipt run(Terms terms);

  /** Lets a workflow that holds open return its receipt. */
  @SignalMethod
  void release();

  /** The implementation: the generated stub and inbox. */
  final class Impl implements ClearingWorkflow {
    private final LedgerActivities activities = LedgerActivitiesOptions.newStub();
    private boolean released;

    @Override
    public Receipt run(Terms terms) {
      LedgerActivitiesInbox inbox = LedgerActivitiesInbox.register();
      activities.clear(terms.order());
      Receipt receipt =
          terms.patienceSeconds() == 0
              ? inbox.clear().await()
              : inbox.clear().await(Duration.ofSeconds(terms.patienceSeconds()));
      if (terms.holdOpen()) {
        Workflow.await(() -> released);
      }
      return receipt;
    }

    @Override
    public void release() {
      released = true;
    }
  }
}
