package dev.handback.e2e;

import dev.handback.ExternalResult;
import dev.handback.Polled;
import dev.handback.Retry;
import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import io.temporal.activity.ActivityInterface;

/** The activities of the signal and polling tests. */
@ActivityInterface(namePrefix = "Submit_")
public interface SubmissionActivities {

  /** A review whose decision comes back by signal, waited for up to a week. */
  @ExternalResult(timeout = "P7D", retry = @Retry(initialInterval = "PT1S"))
  Decision submitForReview(Document document);

  /** An archive job that reports back by signal within an hour. */
  @ExternalResult(signal = "archived", timeout = "PT1H")
  void archive(String documentId);

  /** Asks a system that cannot call back whether the document is published yet. */
  @Polled(
      every = "PT5M",
      giveUpAfter = "P1D",
      attemptTimeout = "PT30S",
      doNotRetry = "dev.handback.e2e.ReviewRejected")
  String publicationStatus(String documentId);
}
