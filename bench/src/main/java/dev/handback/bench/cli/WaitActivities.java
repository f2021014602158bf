package dev.handback.bench.cli;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

/** What the listed workflows wait for: one call on each path. */
@ActivityInterface(namePrefix = "Wait_")
public interface WaitActivities {
  /** Completed asynchronously. */
  @AsyncCompletable(startToClose = "P7D", heartbeat = "PT1H")
  Answer ask(String question);

  /** Delivered to the workflow's inbox by signal. */
  @ExternalResult(timeout = "P7D")
  Answer tell(String question);

  /** An answer. */
  record Answer(String text) {}
}
