package dev.handback.samples.review;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

/**
 * The same review by a desk that is reliable and needs no heartbeat: the activity only hands the
 * ticket over and completes within its minute; the decision comes back to the workflow by signal,
 * directly through the completer or through the webhook receiver.
 */
@ActivityInterface(namePrefix = "Signal")
public interface SignalReviewActivities {

  /** Sends {@code document} to the desk; the workflow waits up to a week for the decision. */
  @ExternalResult(timeout = "P7D")
  ReviewDecision submitForReview(Document document);
}
