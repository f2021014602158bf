package com.example.worker;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

/** One method on each of Handback's three paths. */
@ActivityInterface(namePrefix = "Review_")
public interface ReviewActivities {
  /** A person reviews the document and completes the activity. */
  @AsyncCompletable(startToClose = "P7D", heartbeat = "PT1H")
  Decision review(Document document);

  /** A second-level team decides and signals the workflow. */
  @ExternalResult(timeout = "P2D")
  Decision escalate(Document document);

  /** The archive is asked until it has the document. */
  @Polled(every = "PT10M", giveUpAfter = "P1D")
  boolean archived(String documentId);
}
