package dev.handback.e2e;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityInterface;

/**
 * Activities whose handles address the activity by its ids (the default {@code handleScope}), for
 * the tests of handles that survive retries and of replies by business key.
 */
@ActivityInterface(namePrefix = "Order_")
public interface OrderActivities {

  /**
   * A charge by a payment provider, which may run for several order lines at once: the
   * implementation records the line's id as the call key, when it has one.
   */
  @AsyncCompletable(
      startToClose = "P1D",
      heartbeat = "PT1H",
      retry = @Retry(maximumAttempts = 3, initialInterval = "PT1S"))
  Receipt charge(Line line);

  /**
   * An authorization whose heartbeat timeout is short enough to expire in real time during a test,
   * so that Temporal retries it.
   */
  @AsyncCompletable(
      startToClose = "PT1H",
      heartbeat = "PT2S",
      retry = @Retry(maximumAttempts = 3, initialInterval = "PT1S"))
  Receipt authorize(Line line);

  /** A shipment booking: another activity type the workflow can be waiting for. */
  @AsyncCompletable(startToClose = "P1D", heartbeat = "PT1H")
  Receipt ship(String orderId);

  /** One line of an order; its id, when there is one, is the call key of its charge. */
  record Line(String id, int cents) {}

  /** What the external party answers; {@code line} lets a test check who got which result. */
  record Receipt(String line, String reference) {}
}
