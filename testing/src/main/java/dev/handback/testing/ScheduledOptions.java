package dev.handback.testing;

import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * The options an activity was scheduled with, as Temporal recorded them in the workflow's history
 * ({@code ActivityTaskScheduled}); a duration Temporal did not set is {@link Duration#ZERO}. The
 * cancellation type is not among them: it stays in the workflow.
 *
 * @param activityType the activity type name
 * @param taskQueue the task queue the activity went to
 * @param startToClose the start-to-close timeout
 * @param scheduleToClose the schedule-to-close timeout
 * @param scheduleToStart the schedule-to-start timeout
 * @param heartbeat the heartbeat timeout
 * @param retry the retry policy
 */
public record ScheduledOptions(
    String activityType,
    String taskQueue,
    Duration startToClose,
    Duration scheduleToClose,
    Duration scheduleToStart,
    Duration heartbeat,
    RetryOptions retry) {}
