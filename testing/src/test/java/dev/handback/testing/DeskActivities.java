package dev.handback.testing;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import dev.handback.Polled;
import dev.handback.Retry;
import io.temporal.activity.ActivityInterface;

/** The kit's fixture: one method on each of Handback's paths, and a void one. */
@ActivityInterface(namePrefix = "Desk_")
public interface DeskActivities {

  /** A review that takes up to a week, kept alive by hourly heartbeats, within ten days. */
  @AsyncCompletable(
      startToClose = "P7D",
      heartbeat = "PT1H",
      scheduleToClose = "P10D",
      retry = @Retry(initialInterval = "PT1S", maximumAttempts = 3))
  Verdict review(String documentId);

  /** A signature that comes back by signal within two days. */
  @ExternalResult(timeout = "P2D")
  Verdict sign(String documentId);

  /** The published document's address, asked for every hour for a day. */
  @Polled(every = "PT1H", giveUpAfter = "P1D", attemptTimeout = "PT30S")
  String publicationUrl(String documentId);

  /** An archive job that confirms within an hour and returns nothing. */
  @AsyncCompletable(startToClose = "PT1H", heartbeat = "PT10M")
  void archive(String documentId);

  /** A confirmation without heartbeat: an hour per attempt, two attempts. */
  @AsyncCompletable(
      startToClose = "PT1H",
      retry = @Retry(initialInterval = "PT1S", maximumAttempts = 2))
  Verdict confirm(String documentId);

  /** A rush job with only a schedule-to-close timeout of half an hour, and no retry. */
  @SuppressWarnings("handback:HB103") // the test shows the timeout, not a retry
  @AsyncCompletable(scheduleToClose = "PT30M", retry = @Retry(maximumAttempts = 1))
  Verdict expedite(String documentId);

  /** An ordinary method, not annotated. */
  String title(String documentId);

  /** What a reviewer or a signatory decided. */
  record Verdict(boolean approved, String by) {}
}
