package dev.handback.cli;

import java.time.Instant;

/**
 * One method call that waits for an external party right now.
 *
 * @param path {@code completion} (an activity completed asynchronously) or {@code signal} (a
 *     workflow waiting in its {@code @ExternalResult} inbox)
 * @param workflowId the workflow
 * @param runId its run
 * @param workflowType its type
 * @param method the method, {@code Interface.method}
 * @param activityType the activity type of the method
 * @param activityId the waiting activity on path completion, the hand-off activity on path signal
 * @param callKey the call key the hand-off recorded, or empty
 * @param attempt the activity's attempt (on path signal, the hand-off's)
 * @param since when the wait began: the attempt's start, or the hand-off's completion
 * @param deadline when the wait ends by a timeout, or null if nothing limits it
 * @param deadlineBy which timeout ends it: {@code start-to-close}, {@code schedule-to-close},
 *     {@code heartbeat} or {@code inbox}
 * @param lastHeartbeat the last heartbeat, or null
 * @param cancelRequested whether the workflow asked the activity to cancel
 * @param handle the plain handle to reply with
 */
record Waiting(
    String path,
    String workflowId,
    String runId,
    String workflowType,
    String method,
    String activityType,
    String activityId,
    String callKey,
    int attempt,
    Instant since,
    Instant deadline,
    String deadlineBy,
    Instant lastHeartbeat,
    boolean cancelRequested,
    String handle) {}
