package com.example.publishing;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import dev.handback.Polled;
import dev.handback.Retry;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/** All three paths in one interface; the interface's own annotation covers the unannotated. */
@ActivityInterface(namePrefix = "Publishing_")
@ExternalResult(timeout = "P2D")
public interface PublishingSteps {

  /** Path 2 with every default: signal Publishing_SubmitForReviewResult, start-to-close PT1M. */
  Verdict submitForReview(String documentId);

  /** Path 2 with its own signal, options and retry. */
  @ExternalResult(
      signal = "translated",
      timeout = "P14D",
      startToClose = "PT2M",
      scheduleToClose = "PT1H",
      taskQueue = "translations",
      retry = @Retry(maximumAttempts = 5))
  List<String> translate(String documentId, String language);

  /** Path 2 that returns nothing, under its own activity name. */
  @ActivityMethod(name = "Publishing_Notify")
  void announce(String documentId);

  /** Path 1 beside them. */
  @AsyncCompletable(startToClose = "P7D", heartbeat = "PT1H")
  Verdict legalSignOff(String documentId);

  /** Path 3: no completer entry, no inbox slot. */
  @Polled(every = "PT5M", giveUpAfter = "P1D", doNotRetry = "com.example.publishing.Withdrawn")
  String publicationStatus(String documentId);
}
