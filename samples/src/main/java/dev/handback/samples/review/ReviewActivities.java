package dev.handback.samples.review;

import dev.handback.AsyncCompletable;
import io.temporal.activity.ActivityInterface;

/**
 * Reviews done by people outside the workflow's reach: the review desk answers when it has decided,
 * which may take days.
 */
@ActivityInterface
public interface ReviewActivities {

  /**
   * Asks the review desk to review {@code document}. The desk has a week to decide and keeps the
   * activity alive by heartbeating at least once an hour while it works on it.
   */
  @AsyncCompletable(startToClose = "P7D", heartbeat = "PT1H")
  ReviewDecision requestReview(Document document);
}
