package dev.handback.e2e.reliability;

import dev.handback.e2e.reliability.LedgerActivities.Order;
import dev.handback.e2e.reliability.LedgerActivities.Receipt;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Runs one of the {@link LedgerActivities} through the generated stub. */
@WorkflowInterface
public interface LedgerWorkflow {
  /** The task queue of the workflows. */
  String QUEUE = "ledger-workflows";

  /** Settles ({@code settle} true) or approves {@code order}, and returns the receipt. */
  @WorkflowMethod
  Receipt run(boolean settle, Order order);

  /** The implementation. */
  final class Impl implements LedgerWorkflow {
    private final LedgerActivities activities = LedgerActivitiesOptions.newStub();

    @Override
    public Receipt run(boolean settle, Order order) {
      return settle ? activities.settle(order) : activities.approve(order);
    }
  }
}
