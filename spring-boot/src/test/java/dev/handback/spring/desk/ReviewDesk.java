package dev.handback.spring.desk;

import dev.handback.AsyncCompletable;
import io.temporal.activity.ActivityInterface;

/** A review the desk completes later: the completion path. */
@ActivityInterface(namePrefix = "Desk_")
public interface ReviewDesk {
  @AsyncCompletable(startToClose = "PT1H", heartbeat = "PT10M")
  Verdict review(String document);
}
