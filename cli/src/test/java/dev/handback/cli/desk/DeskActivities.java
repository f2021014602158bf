package dev.handback.cli.desk;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

/** A desk that decides on papers, on each path a result comes back by. */
@ActivityInterface(namePrefix = "Desk_")
public interface DeskActivities {

  /** A review that completes the activity asynchronously. */
  @AsyncCompletable(startToClose = "P7D", heartbeat = "PT1H")
  Verdict review(Paper paper);

  /** An approval whose result reaches the workflow's inbox by signal. */
  @ExternalResult(timeout = "P2D")
  Verdict approve(Paper paper);

  /** A paper to decide on. */
  record Paper(String id, String title) {}

  /** What the desk decided. */
  record Verdict(boolean approved, String reviewer) {}
}
