package dev.handback.bench.runtime;

import dev.handback.bench.runtime.OrderActivities.Order;
import dev.handback.bench.runtime.OrderActivities.Receipt;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.ArrayList;
import java.util.List;

/** Starts a batch of order approvals at once and waits for all of them. */
@WorkflowInterface
public interface OrderWorkflow {

  /** Approves {@code count} orders whose ids start with {@code prefix}; returns how many were. */
  @WorkflowMethod
  int approveAll(String prefix, int count);

  /** The implementation, through the generated stub. */
  final class Impl implements OrderWorkflow {
    private final OrderActivities activities = OrderActivitiesOptions.newStub();

    @Override
    public int approveAll(String prefix, int count) {
      List<Promise<Receipt>> receipts = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        receipts.add(
            Async.function(activities::approve, new Order(prefix + i, "customer", 100L * i)));
      }
      int approved = 0;
      for (Promise<Receipt> receipt : receipts) {
        approved += receipt.get().approved() ? 1 : 0;
      }
      return approved;
    }
  }
}
