package dev.handback.bench.runtime;

import dev.handback.AsyncCompletable;
import io.temporal.activity.ActivityInterface;

/** The activity of the run-time benchmark: an order that waits for an external approval. */
@ActivityInterface
public interface OrderActivities {

  /** Waits up to a week for the external approval of {@code order}. */
  // Without a heartbeat, as in the plain Temporal code the benchmark compares with; a lost
  // hand-off's late retry (HB101) never happens in a run.
  @SuppressWarnings("handback:HB101")
  @AsyncCompletable(startToClose = "P7D")
  Receipt approve(Order order);

  /** An order to approve. */
  record Order(String id, String customer, long cents) {}

  /** What the external system answers. */
  record Receipt(String orderId, boolean approved, String approver, long cents) {}
}
