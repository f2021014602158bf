package com.example.orders;

import dev.handback.AsyncCompletable;
import io.temporal.activity.ActivityInterface;

/** Orders a supplier confirms. */
@ActivityInterface
public interface OrderActivities {

  /** The supplier confirms or declines. */
  @AsyncCompletable(startToClose = "P2D", heartbeat = "PT6H", taskQueue = "orders")
  Confirmation confirm(String orderId);
}
