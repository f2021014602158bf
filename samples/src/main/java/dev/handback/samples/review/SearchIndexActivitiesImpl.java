package dev.handback.samples.review;

import dev.handback.runtime.NotReadyYetException;
import io.temporal.activity.Activity;

/** An index that finds a document on the third time it is asked. */
public final class SearchIndexActivitiesImpl implements SearchIndexActivities {
  static final int READY_ON_POLL = 3;

  @Override
  public String searchUrl(String documentId) {
    int poll = Activity.getExecutionContext().getInfo().getAttempt();
    if (poll < READY_ON_POLL) {
      Narrator.activity("searchUrl(" + documentId + ") poll " + poll + ": not indexed yet");
      throw NotReadyYetException.because(documentId + " is not indexed yet");
    }
    Narrator.activity("searchUrl(" + documentId + ") poll " + poll + ": indexed");
    return "https://search.example.com/" + documentId;
  }
}
