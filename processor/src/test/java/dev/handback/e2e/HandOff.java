package dev.handback.e2e;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import java.time.Duration;

/**
 * What an activity hands to the simulated external system: the encoded handle, and what the
 * activity knew about itself, so tests can check the options really applied.
 */
public record HandOff(
    String handle,
    String activityType,
    String workflowId,
    String activityId,
    int attempt,
    Duration startToClose,
    Duration heartbeat) {

  /** The hand-off of the activity running on this thread, with its encoded handle. */
  static HandOff of(String handle) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    return new HandOff(
        handle,
        info.getActivityType(),
        info.getWorkflowId(),
        info.getActivityId(),
        info.getAttempt(),
        info.getStartToCloseTimeout(),
        info.getHeartbeatTimeout());
  }
}
