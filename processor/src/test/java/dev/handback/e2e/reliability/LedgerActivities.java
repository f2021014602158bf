package dev.handback.e2e.reliability;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import dev.handback.HandleScope;
import dev.handback.Retry;
import io.temporal.activity.ActivityInterface;

/**
 * The activities of the reliability tests. They run on their own task queue, apart from the
 * workflows, so a test can kill the JVM that runs them without touching the workflows.
 */
@ActivityInterface(namePrefix = "Ledger_")
public interface LedgerActivities {
  /** The task queue of these activities. */
  String QUEUE = "ledger-activities";

  /**
   * A settlement by an external bank, kept alive by heartbeats: when the worker that handed it off
   * dies, the heartbeat timeout ends the attempt and another worker retries it. Its handle
   * addresses the activity by its ids, so the retried attempt hands out the same one; the order id
   * is its call key.
   */
  @AsyncCompletable(
      startToClose = "PT10M",
      heartbeat = "PT4S",
      taskQueue = QUEUE,
      retry = @Retry(maximumAttempts = 5, initialInterval = "PT1S", maximumInterval = "PT2S"))
  Receipt settle(Order order);

  /** {@link #settle} with a handle per attempt: the retried attempt hands out a new one. */
  @AsyncCompletable(
      startToClose = "PT10M",
      heartbeat = "PT4S",
      taskQueue = QUEUE,
      retry = @Retry(maximumAttempts = 5, initialInterval = "PT1S", maximumInterval = "PT2S"),
      handleScope = HandleScope.ATTEMPT)
  Receipt settleByToken(Order order);

  /**
   * An approval by an external desk, with no heartbeat and no retry: the fault tests need one
   * attempt whose end they control, so Temporal's guidance against a single attempt is silenced.
   * Its handle is the attempt's task token.
   */
  @SuppressWarnings("handback:HB103")
  @AsyncCompletable(
      startToClose = "PT10M",
      taskQueue = QUEUE,
      retry = @Retry(maximumAttempts = 1),
      handleScope = HandleScope.ATTEMPT)
  Receipt approve(Order order);

  /**
   * A clearing by an external clearing house, whose receipt comes back to the workflow by signal
   * ({@code @ExternalResult}): the activity only hands the request over and completes at once, and
   * {@link ClearingWorkflow} waits in its inbox.
   */
  @ExternalResult(
      signal = CLEARED,
      timeout = "PT10M",
      taskQueue = QUEUE,
      retry = @Retry(initialInterval = "PT1S", maximumInterval = "PT2S"))
  Receipt clear(Order order);

  /** The signal that carries the receipt of {@link #clear}. */
  String CLEARED = "cleared";

  /** What is settled, approved or cleared. */
  record Order(String id, int cents) {}

  /** The external party's answer; {@code orderId} lets a test check who got which result. */
  record Receipt(String orderId, String reference) {}
}
