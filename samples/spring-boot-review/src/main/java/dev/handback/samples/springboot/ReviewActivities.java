package dev.handback.samples.springboot;

import dev.handback.AsyncCompletable;
import io.temporal.activity.ActivityInterface;

/** The review: the desk has up to a week, and heartbeats while it reads. */
@ActivityInterface(namePrefix = "Desk_")
public interface ReviewActivities {
  @AsyncCompletable(startToClose = "P7D", heartbeat = "PT1H")
  ReviewDecision requestReview(Document document);
}
