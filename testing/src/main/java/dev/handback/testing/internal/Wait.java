package dev.handback.testing.internal;

import dev.handback.testing.HandOff;
import java.util.Optional;

/**
 * One method of one workflow run that waits for its external party, as the kit found it.
 *
 * @param method the activity method
 * @param workflowId the workflow
 * @param runId its run
 * @param activityId the id of the method's activity in that run
 * @param scheduledEventId the history event that scheduled that activity
 * @param handedOffEventId the event after which a reply counts: the scheduling for a task token,
 *     the activity's completion for a result delivered by signal
 * @param handOff the hand-off the activity made through {@code FooAsync}, if it made one
 */
public record Wait(
    AnnotatedMethod method,
    String workflowId,
    String runId,
    String activityId,
    long scheduledEventId,
    long handedOffEventId,
    Optional<HandOff> handOff) {

  /** The run as it is now. */
  public RunSnapshot snapshot(TestServer server) {
    return RunSnapshot.take(server, workflowId, runId).orElseThrow();
  }

  /** The method, the workflow run and the activity; never a token. */
  public String describe() {
    return method.describe()
        + " in workflow '"
        + workflowId
        + "', run "
        + runId
        + ", activity "
        + activityId;
  }
}
