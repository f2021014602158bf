package com.example.policy;

import dev.handback.AsyncCompletable;
import io.temporal.activity.ActivityInterface;

/** One activity that keeps the policy and two that break it. */
@ActivityInterface
public interface PolicyActivities {

  /**
   * Waits a week without a heartbeat timeout: breaks maxStartToCloseWithoutHeartbeat. The
   * compiler's own warning is silenced, so that the plugin's check is what fails the build.
   */
  @SuppressWarnings("handback:HB101")
  @AsyncCompletable(startToClose = "P7D", taskQueue = "approved")
  String waitAWeek(String id);

  /** Short, on an approved queue: keeps the policy. */
  @AsyncCompletable(startToClose = "PT30M", taskQueue = "approved")
  String quickAnswer(String id);

  /** Heartbeats, but on a queue the policy does not allow. */
  @AsyncCompletable(startToClose = "P1D", heartbeat = "PT10M", taskQueue = "rogue")
  void rogueQueue(String id);
}
