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

  /** The activity the workflow calls. */
  enum Step {
    SETTLE,
    SETTLE_BY_TOKEN,
    APPROVE
  }

  /** Runs {@code step} for {@code order}, and returns the receipt. */
  @WorkflowMethod
  Receipt run(Step step, Order order);

  /** The implementation. */
  final class Impl implements LedgerWorkflow {
    private final LedgerActivities activities = LedgerActivitiesOptions.newStub();

    @Override
    public Receipt run(Step step, Order order) {
      return switch (step) {
        case SETTLE -> activities.settle(order);
        case SETTLE_BY_TOKEN -> activities.settleByToken(order);
        case APPROVE -> activities.approve(order);
      };
    }
  }
}
