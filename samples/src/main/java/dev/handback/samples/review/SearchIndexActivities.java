package dev.handback.samples.review;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

/** A search index that cannot call back: the workflow asks until the document is findable. */
@ActivityInterface
public interface SearchIndexActivities {

  /** The document's search URL, once indexed; asked every second for up to a minute. */
  // Every second so that the sample finishes in seconds on a real server too; a production
  // poll by retries runs at most once a minute, which is what HB106 says.
  @SuppressWarnings("handback:HB106")
  @Polled(every = "PT1S", giveUpAfter = "PT1M", attemptTimeout = "PT5S")
  String searchUrl(String documentId);
}
