package com.example.worker;

import dev.handback.runtime.NotReadyYetException;

/** The worker side: hands each request over with its handle. */
public final class ReviewActivitiesImpl implements ReviewActivities {
  private final ReviewQueue queue;

  /** Activities that hand requests to {@code queue}. */
  public ReviewActivitiesImpl(ReviewQueue queue) {
    this.queue = queue;
  }

  @Override
  public Decision review(Document document) {
    queue.send(document, ReviewActivitiesAsync.review().encode());
    return null;
  }

  @Override
  public Decision escalate(Document document) {
    queue.send(document, ReviewActivitiesAsync.escalate().encode());
    return null;
  }

  @Override
  public boolean archived(String documentId) {
    if (!queue.archived(documentId)) {
      throw new NotReadyYetException("not archived yet");
    }
    return true;
  }
}
