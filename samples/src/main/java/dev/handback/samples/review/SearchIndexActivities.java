package dev.handback.samples.review;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

/** A search index that cannot call back: the workflow asks until the document is findable. */
@ActivityInterface
public interface SearchIndexActivities {

  /** The document's search URL, once indexed; asked every second for up to a minute. */
  @Polled(every = "PT1S", giveUpAfter = "PT1M", attemptTimeout = "PT5S")
  String searchUrl(String documentId);
}
